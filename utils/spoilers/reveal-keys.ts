// Reveal keys: short, stable hashes that name a blurred block or picture across visits, never its text.

/** FNV-1a, base 36: short, stable, and no page text in storage. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A block's key from its text (whitespace runs as one space), the same wherever it is worked out. */
export function blockKey(text: string): string {
  return `b${hash(text.replace(/\s+/g, ' ').trim().slice(0, 1_000))}`;
}
