// The one DOM kit for unit tests: parse markup into a document, render Preact components in happy-dom, act on them.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Builds a document from markup the way a browser parses a page; no script runs, nothing renders. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const mounted: HTMLElement[] = [];

export function mount(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  act(() => render(vnode, root));
  return root;
}

export function unmountAll(): void {
  for (const root of mounted.splice(0)) {
    act(() => render(null, root));
    root.remove();
  }
}

/** Lets promises and real timers run until `check` stops throwing (or `timeoutMs` passes). */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await act(() => new Promise<void>((resolve) => setTimeout(resolve, 5)));
    }
  }
}

/** Flushes pending promises (storage, mocked messages) under fake timers. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await act(() => Promise.resolve());
}

export function typeInto(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Types and commits a value, as leaving the field does. */
export function commit(input: HTMLInputElement, value: string): void {
  typeInto(input, value);
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function press(element: Element, key: string): void {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

export function click(element: Element): void {
  act(() => {
    (element as HTMLElement).click();
  });
}

export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): T {
  for (const candidate of root.querySelectorAll('label')) {
    if (candidate.textContent?.trim() === label && candidate.htmlFor) {
      const control = document.getElementById(candidate.htmlFor);
      if (control) return control as T;
    }
  }
  throw new Error(`No control labelled "${label}"`);
}

/** The button whose accessible name (aria-label, else its text) is `name`. */
export function buttonNamed(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((b) => {
    const accessible = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? accessible.trim() === name : name.test(accessible);
  });
  if (!button) throw new Error(`No button named ${String(name)}`);
  return button;
}
