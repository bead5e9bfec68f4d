import type { ComponentChildren } from 'preact';

/** A titled part of the page; the heading names the region for screen-reader landmarks. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
