// Builds an article reading (utils/articles/reading.ts) from blocks of real text, for spoiler tests.
import type { ArticleReading, BlockKind } from '@/utils/articles/reading';

export interface BlockSpec {
  kind: BlockKind;
  text: string;
  level?: number;
}

export const p = (text: string): BlockSpec => ({ kind: 'text', text });
export const h = (level: number, text: string): BlockSpec => ({ kind: 'heading', level, text });
export const li = (text: string): BlockSpec => ({ kind: 'item', text });
export const caption = (text: string): BlockSpec => ({ kind: 'caption', text });

/** Blocks joined as the reader joins them: one newline between blocks. */
export function readingOf(blocks: readonly BlockSpec[], extra: Partial<ArticleReading> = {}): ArticleReading {
  const starts: ArticleReading['blocks'] = [];
  let body = '';
  for (const block of blocks) {
    if (body) body += '\n';
    starts.push({ start: body.length, kind: block.kind, ...(block.level ? { level: block.level } : {}) });
    body += block.text;
  }
  return { url: 'https://news.example/tv/story', pageTitle: '', headline: '', body, blocks: starts, spans: [], tags: [], ...extra };
}
