import { WHOLE_TITLE } from '../title-patterns';
import { sentences } from './sentences';

/**
 * Lists of titles in running text, the way roundups write them: "Crazy Ex-Girlfriend, Jane the Virgin,
 * The Flash, iZombie and Arrow will all be back", "Fox: APB, Making History, Sleepy Hollow". Each item
 * with where it starts; whether the list is one of shows is for the caller to judge.
 */
export interface ListItem {
  index: number;
  title: string;
}

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
  for (const sentence of sentences(text)) {
    if (lists.length >= limit) break;
    const body = sentence.text;
    if (!SEPARATOR.test(body)) continue;
    SEPARATOR.lastIndex = 0;
    const parts: Array<{ start: number; text: string }> = [];
    let last = 0;
    for (const separator of body.matchAll(SEPARATOR)) {
      parts.push({ start: last, text: body.slice(last, separator.index) });
      last = separator.index + separator[0].length;
    }
    parts.push({ start: last, text: body.slice(last) });
    // A list has three items at least.
    if (parts.length < 3) continue;
    let run: ListItem[] = [];
    const flush = () => {
      if (run.length >= 3) lists.push(run);
      run = [];
    };
    for (const part of parts) {
      let trimmed = part.text.trim().replace(/[.!?;:]+$/u, '');
      if (run.length === 0) trimmed = trimmed.replace(LABEL, '');
      const offset = sentence.index + part.start + part.text.indexOf(trimmed);
      const unquoted = trimmed.replace(QUOTES, '');
      let item: ListItem | null = null;
      // The title regexes are the costly part: each runs only where its branch is reached.
      if (words(trimmed) <= MAX_ITEM_WORDS && (WHOLE_TITLE.test(unquoted) || ITEM.test(unquoted))) item = { index: offset, title: unquoted };
      else if (run.length === 0) {
        // The first item may trail the sentence's own words.
        const tail = TITLE_TAIL.exec(trimmed);
        if (tail) item = { index: offset + trimmed.lastIndexOf(tail[1]!), title: tail[1]! };
      } else {
        // The last may lead into them.
        const head = TITLE_HEAD.exec(unquoted);
        if (head && words(head[1]!) <= MAX_ITEM_WORDS) {
          run.push({ index: offset + (trimmed.startsWith(head[1]!) ? 0 : 1), title: head[1]! });
          flush();
          continue;
        }
      }
      if (item && words(item.title) <= MAX_ITEM_WORDS) run.push(item);
      else flush();
    }
    flush();
  }
  return lists;
}

const words = (text: string) => text.split(/\s+/).length;
