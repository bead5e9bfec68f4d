import { WHOLE_TITLE } from '../title-patterns';

/**
 * Lists of titles in running text, the way roundups write them: "Crazy Ex-Girlfriend, Jane the Virgin,
 * The Flash, iZombie and Arrow will all be back", "Fox: APB, Making History, Sleepy Hollow". Each item
 * with where it starts; whether the list is one of shows is for the caller to judge.
 */
export interface ListItem {
  index: number;
  title: string;
}

const SENTENCE = /[^.!?;\n]+(?:[.!?;]+|$)/gu;
const SEPARATOR = /,\s+(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+/gu;
const MAX_ITEM_WORDS = 8;
/** Leading words of a first item that belong to the sentence ("The CW also picked up Riverdale"). */
const WORD = String.raw`(?:[\p{Lu}\p{Nd}]|\p{Ll}{1,2}\p{Lu})[\p{L}\p{Nd}'’*&!?.\-]*`;
const CONNECTOR = String.raw`(?:of|the|and|a|an|in|on|to|for|with|from|or|&)(?=\s)`;
const RUN = String.raw`${WORD}(?:\s+(?:${CONNECTOR}\s+)*${WORD})*`;
const TITLE_TAIL = new RegExp(String.raw`(?:^|\s)(${RUN})$`, 'u');
const TITLE_HEAD = new RegExp(String.raw`^(${RUN})`, 'u');
const ITEM = new RegExp(String.raw`^${RUN}$`, 'u');
/** "Fox: APB, Making History": a label before the first item. */
const LABEL = /^[\p{Lu}][\p{L}+]*(?:\s[\p{Lu}][\p{L}+]*)?:\s+/u;
const QUOTES = /^[“"‘']|[”"’']$/gu;

export function titleLists(text: string, limit = 200): ListItem[][] {
  const lists: ListItem[][] = [];
  for (const sentence of text.matchAll(SENTENCE)) {
    if (lists.length >= limit) break;
    const body = sentence[0];
    if (!SEPARATOR.test(body)) continue;
    SEPARATOR.lastIndex = 0;
    const parts: Array<{ start: number; text: string }> = [];
    let last = 0;
    for (const separator of body.matchAll(SEPARATOR)) {
      parts.push({ start: last, text: body.slice(last, separator.index) });
      last = separator.index + separator[0].length;
    }
    parts.push({ start: last, text: body.slice(last) });
    let run: ListItem[] = [];
    const flush = () => {
      if (run.length >= 3) lists.push(run);
      run = [];
    };
    for (const [i, part] of parts.entries()) {
      let trimmed = part.text.trim().replace(/[.!?;:]+$/u, '');
      if (run.length === 0) trimmed = trimmed.replace(LABEL, '');
      const offset = sentence.index + part.start + part.text.indexOf(trimmed);
      // The first item may trail the sentence's own words; the last may lead into them.
      const first = run.length === 0 ? TITLE_TAIL.exec(trimmed) : null;
      const head = i === parts.length - 1 || run.length > 0 ? TITLE_HEAD.exec(trimmed.replace(QUOTES, '')) : null;
      let item: ListItem | null = null;
      if ((WHOLE_TITLE.test(trimmed.replace(QUOTES, '')) || ITEM.test(trimmed.replace(QUOTES, ''))) && words(trimmed) <= MAX_ITEM_WORDS) item = { index: offset, title: trimmed.replace(QUOTES, '') };
      else if (run.length === 0 && first) item = { index: offset + trimmed.lastIndexOf(first[1]!), title: first[1]! };
      else if (run.length > 0 && head && words(head[1]!) <= MAX_ITEM_WORDS) {
        run.push({ index: offset + (trimmed.startsWith(head[1]!) ? 0 : 1), title: head[1]! });
        flush();
        continue;
      }
      if (item && words(item.title) <= MAX_ITEM_WORDS) run.push(item);
      else flush();
    }
    flush();
  }
  return lists;
}

const words = (text: string) => text.split(/\s+/).length;
