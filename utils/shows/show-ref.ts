// One show, one identity: the source that knows it and that source's id, everywhere a show is stored or compared.
import * as z from 'zod/mini';

/** TV data sources a show can come from; a second source adds its id here. */
export const SHOW_SOURCES = ['tvmaze'] as const;
export type ShowSourceId = (typeof SHOW_SOURCES)[number];

export interface ShowRef {
  source: ShowSourceId;
  id: number;
}

export const showRefSchema: z.ZodMiniType<ShowRef> = z.object({
  source: z.enum(SHOW_SOURCES),
  id: z.int().check(z.positive()),
});

export function tvmazeRef(id: number): ShowRef {
  return { source: 'tvmaze', id };
}

/** "tvmaze:123": a ref as one string, for map keys, storage keys and the page contract. */
export function showKey(ref: ShowRef): string {
  return `${ref.source}:${ref.id}`;
}

export function parseShowKey(key: string): ShowRef | null {
  const match = /^([a-z]+):(\d+)$/.exec(key);
  const parsed = match && showRefSchema.safeParse({ source: match[1], id: Number(match[2]) });
  return parsed?.success ? parsed.data : null;
}

export function sameShow(a: ShowRef | null | undefined, b: ShowRef | null | undefined): boolean {
  return !!a && !!b && a.source === b.source && a.id === b.id;
}
