// One show, one identity: the source that knows it and that source's id, everywhere a show is stored or compared.
/** TV data sources a show can come from; a second source adds its id here. */
export const SHOW_SOURCES = ['tvmaze'] as const;
export type ShowSourceId = (typeof SHOW_SOURCES)[number];

export interface ShowRef {
  source: ShowSourceId;
  id: number;
}

export function tvmazeRef(id: number): ShowRef {
  return { source: 'tvmaze', id };
}

/** "tvmaze:123": a ref as one string, for map keys, storage keys and the page contract. */
export function showKey(ref: ShowRef): string {
  return `${ref.source}:${ref.id}`;
}

const isSource = (value: string): value is ShowSourceId => (SHOW_SOURCES as readonly string[]).includes(value);

/** Kept free of zod: the page contract uses it, and the document_start guard script must stay tiny. */
export function parseShowKey(key: string): ShowRef | null {
  const match = /^([a-z]+):([1-9]\d*)$/.exec(key);
  return match && isSource(match[1]!) ? { source: match[1], id: Number(match[2]) } : null;
}

export function sameShow(a: ShowRef | null | undefined, b: ShowRef | null | undefined): boolean {
  return !!a && !!b && a.source === b.source && a.id === b.id;
}
