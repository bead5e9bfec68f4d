// Sentences of running text, for rules that read one sentence at a time (lists of titles).

const isStop = (unit: number) => unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x3b; // . ! ? ;

/**
 * Sentences as /[^.!?;\n]+(?:[.!?;]+|$)/gu matches them, in one linear scan: a run of text up to its
 * stops, or to the end of the text; a run that a line break ends (a heading) is none. The regex retried
 * such a run from each of its characters, each time to its end.
 */
export function* sentences(text: string): Generator<{ index: number; text: string }> {
  const length = text.length;
  let at = 0;
  while (at < length) {
    let unit = text.charCodeAt(at);
    if (isStop(unit) || unit === 0x0a) {
      at++;
      continue;
    }
    const start = at;
    while (at < length && !isStop((unit = text.charCodeAt(at))) && unit !== 0x0a) at++;
    if (at < length && unit === 0x0a) continue;
    while (at < length && isStop(text.charCodeAt(at))) at++;
    yield { index: start, text: text.slice(start, at) };
  }
}
