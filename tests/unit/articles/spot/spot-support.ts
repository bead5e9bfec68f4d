// Builds readings and a small title index for spotter tests: real sentences in, what a reader would badge out.
import type { ArticleReading } from '@/utils/articles/reading';
import { placeMentions, spotArticle } from '@/utils/articles/spot/spot-article';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { TitleIndex, type IndexedShow } from '@/utils/title-index/title-index';

let nextId = 1;
/** An index entry; `id` is its TVmaze id, for short assertions. */
export function show(name: string, extra: Partial<IndexedShow> = {}): IndexedShow & { id: number } {
  const id = nextId++;
  return { id, ref: tvmazeRef(id), name, akas: [], premieredYear: 2010, channel: null, type: 'Scripted', weight: 80, status: 'ended', asOf: '2026-01-01', ...extra };
}

export function reading(body: string, extra: Partial<ArticleReading> = {}): ArticleReading {
  const blocks: ArticleReading['blocks'] = [];
  let at = 0;
  for (const part of body.split('\n')) {
    blocks.push({ start: at, kind: 'text' });
    at += part.length + 1;
  }
  return { url: 'https://news.example/tv/story', pageTitle: '', headline: '', body, blocks, spans: [], tags: [], ...extra };
}

/**
 * The shows a reader would see badged: known shows by the index, strangers by `strangers`
 * (title → show id, as the lookup would answer), each with the text it was placed after.
 */
export function badged(index: TitleIndex, r: ArticleReading, strangers: Record<string, number> = {}): Array<[string, number]> {
  const spots = spotArticle(r, index);
  const byKey = new Map(spots.candidates.map((c) => [c.key, c]));
  const showOf = (key: string) => {
    const c = byKey.get(key)!;
    const stranger = strangers[c.title];
    return c.ref ?? (stranger ? tvmazeRef(stranger) : null);
  };
  return placeMentions(spots.mentions, showOf).map((p) => [(p.region === 'body' ? r.body : r.headline).slice(p.start, p.end), p.ref.id]);
}

/** Titles the spotter would send to the lookup (strangers). */
export function strangers(index: TitleIndex, r: ArticleReading): string[] {
  return spotArticle(r, index).candidates.filter((c) => !c.ref).map((c) => c.title);
}
