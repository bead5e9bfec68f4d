import { foldTitle } from '../../title-index/fold';
import type { ArticleReading } from '../reading';
import { WHOLE_TITLE, cleanCandidate, titleCandidatesInText } from '../title-patterns';
import { isJunkTitle } from './gates';

/** A title some cue in the page puts forward: a pattern of news writing, formatting or the page's tags. */
export interface CueCandidate {
  key: string;
  title: string;
  /** A pattern or formatting marks it as a title, not just capitals. */
  strong: boolean;
}

/** Show pages on news and catalog sites: links to them name a show. */
const SHOW_LINK = /\/(?:tv|tv-shows?|shows?|series)\//i;
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])‘([^’\n]{2,80})’(?![\p{L}\p{N}])/gu;

export function cueCandidates(reading: ArticleReading): CueCandidate[] {
  const found: CueCandidate[] = [];
  const push = (title: string | null, strong: boolean) => {
    if (!title || isJunkTitle(title)) return;
    const key = foldTitle(title);
    if (key.length >= 2) found.push({ key, title, strong });
  };
  const headline = reading.headline || reading.pageTitle;
  for (const title of titleCandidatesInText(headline)) push(title, true);
  // ‘X’ is house style for titles in headlines at several outlets.
  for (const match of headline.matchAll(SINGLE_QUOTED)) {
    const inner = match[1]!;
    if (WHOLE_TITLE.test(inner)) push(cleanCandidate(inner), true);
  }
  const body = withoutCaptions(reading);
  for (const title of titleCandidatesInText(body)) push(title, true);
  for (const span of reading.spans) {
    if (span.kind === 'bold') continue;
    if (span.kind === 'link' && !SHOW_LINK.test(span.href ?? '')) continue;
    const text = reading.body.slice(span.start, span.end).trim();
    if (text.length > 80 || text.split(/\s+/).length > 8 || !WHOLE_TITLE.test(text)) continue;
    push(cleanCandidate(text), true);
  }
  const text = `${headline}\n${reading.body}`;
  for (const tag of reading.tags) {
    if (tag.length <= 80 && WHOLE_TITLE.test(tag) && text.includes(tag)) push(cleanCandidate(tag), true);
  }
  return found;
}

/** The body with caption and credit blocks blanked out (offsets kept): bylines are not where shows are named. */
function withoutCaptions(reading: ArticleReading): string {
  const { blocks, body } = reading;
  if (!blocks.some((b) => b.kind === 'caption')) return body;
  let out = '';
  for (const [i, block] of blocks.entries()) {
    const end = blocks[i + 1]?.start ?? body.length;
    const part = body.slice(block.start, end);
    out += block.kind === 'caption' ? part.replace(/[^\n]/g, ' ') : part;
  }
  return body.slice(0, blocks[0]?.start ?? 0) + out;
}
