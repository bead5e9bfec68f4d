// Fast, in-process accuracy report of the article spotter on the labelled articles: the page reading,
// the worker's spotting and the lookup's confident-match rule run in Node (happy-dom) against the shared
// catalog (or, on a fresh clone, the committed set and test catalog), so a rule change is measured on
// every labelled article in seconds. `npm run eval` stays the judge: it
// runs the built extension in Chromium.
// Usage: tsx scripts/eval-spotting.ts [file-substring] [--verbose] [--unlimited]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { readArticle } from '../utils/articles/read-article';
import { placeMentions, spotArticle } from '../utils/articles/spot/spot-article';
import { judgeBestMatch, pickShow } from '../utils/lookup/matching';
import type { TvmazeShow } from '../utils/sources/tvmaze/schemas';
import { TitleIndex } from '../utils/title-index/title-index';
import { tvmazeCandidate } from '../utils/sources/tvmaze/source';
import { newerNamesake } from '../utils/articles/spot/known-shows';
import type { ShowRef } from '../utils/shows/show-ref';
import { seedShowsFromRecords } from '../utils/title-index/build-seed';
import { normalizeTitle, ShowIndex, type FakeShow } from '../tests/support/fake-tvmaze';
import { parseSeed } from '../utils/title-index/seed';
import seedFile from '../utils/title-index/seed-index.json';
import { evalData } from './article-sets';
import { withCoinedFlags } from './title-index/coined-names';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
/** Every stranger answered, as if there were no rate limit. */
const unlimited = args.includes('--unlimited');
/** TVmaze's limit, as the fake in `npm run eval` applies it: 20 calls per 10 s. */
const REQUESTS_IN_FIRST_WINDOW = 20;
const filter = args.find((a) => !a.startsWith('--'));
const data = evalData(filter);
const catalog = data.catalog;
const byId = new Map(catalog.map((s) => [s.id, s]));
const fuzzy = new ShowIndex(catalog);
const index = new TitleIndex(
  data.indexRecords
    ? withCoinedFlags(seedShowsFromRecords(data.indexRecords as Parameters<typeof seedShowsFromRecords>[0], new Date('2026-02-04')))
    : parseSeed(seedFile).shows,
);
console.log(`eval-spotting: ${data.describe}; index: ${data.indexRecords ? 'built from the shared real records' : 'the shipped seed index'}\n`);

/**
 * What the worker's lookup would answer for a stranger read in an article (the service's own verdict on
 * TVmaze's best fuzzy match), and how many requests it cost: an AKA check is a second one. The catalog
 * has no AKAs, so such a check finds nothing here.
 */
function resolveStranger(title: string, hints: Parameters<typeof pickShow>[2]): { ref: ShowRef | null; requests: number } {
  const top = fuzzy.search(title, 1)[0]?.show as unknown as TvmazeShow | undefined;
  const best = top && tvmazeCandidate(top);
  if (!best) return { ref: null, requests: 1 };
  const verdict = judgeBestMatch(title, best, hints, 'article');
  if (verdict === 'search') {
    const picked = pickShow(title, fuzzy.search(title).map((r) => tvmazeCandidate(r.show as unknown as TvmazeShow)), hints);
    return { ref: picked?.ref ?? best.ref, requests: 2 };
  }
  return { ref: verdict === 'show' ? best.ref : null, requests: verdict === 'akas' ? 2 : 1 };
}

/** "2016-09-23", "2016" → 2016. */
const yearOf = (date: unknown) => Number(String(date ?? '').slice(0, 4)) || null;

let tp = 0, fp = 0, fn = 0, lookups = 0, waiting = 0, otherEra = 0;
const totals: string[] = [];
for (const set of data.sets) {
  const before = { tp, fp, fn };
  for (const article of set.articles) {
    const window = new Window({ url: article.url });
    Object.assign(globalThis, { NodeFilter: window.NodeFilter, Node: window.Node });
    const doc = new window.DOMParser().parseFromString(readFileSync(join(set.dir, article.file), 'utf8'), 'text/html') as unknown as Document;
    const read = readArticle(doc, article.url);
    const badged = new Map<number, string>();
    if (read) {
      const spots = spotArticle(read.reading, index);
      const resolved = new Map<string, ShowRef | null>();
      // What lands within TVmaze's first rate window, in the worker's order: the headline's show, then
      // lookups for badges still loading and for strangers by priority; a badge that already shows the
      // index's status is refreshed after them, so it costs nothing here. A stranger past the budget is
      // still waiting, as it is in Chromium when `npm run eval` reads the page.
      let budget = unlimited ? Infinity : REQUESTS_IN_FIRST_WINDOW;
      for (const c of spots.candidates) {
        if (c.ref) {
          resolved.set(c.key, c.ref);
          if (c.priority === 0 || !index.show(c.ref)?.status) budget--;
        } else if (budget > 0) {
          lookups++;
          const { ref, requests } = resolveStranger(c.title, c.hints);
          resolved.set(c.key, ref);
          budget -= requests;
        } else waiting++;
      }
      // Then, in what is left of the window, the checks for a newer namesake of a show that ended long
      // before the page (a reboot the index lacks): a search, and the show's record when one is found.
      for (const c of spots.candidates) {
        if (!c.ref || !c.namesake || budget <= 0) continue;
        budget--;
        const found = fuzzy.search(c.title).map((r) => tvmazeCandidate(r.show as unknown as TvmazeShow));
        const newer = newerNamesake(c.title, c.ref, c.namesake, found, c.hints);
        if (newer) {
          budget--;
          resolved.set(c.key, newer.ref);
        }
      }
      const titles = new Map(spots.candidates.map((c) => [c.key, c]));
      for (const p of placeMentions(spots.mentions, (key) => resolved.get(key))) {
        const c = titles.get(p.key)!;
        if (verbose) {
          const text = p.region === 'headline' ? read.reading.headline : read.reading.body;
          console.log(`    ${p.region} "${text.slice(Math.max(0, p.start - 50), p.start)}[[${text.slice(p.start, p.end)}]]${text.slice(p.end, p.end + 40)}"`.replace(/\n/g, ' '));
        }
        if (!badged.has(p.ref.id)) badged.set(p.ref.id, `${byId.get(p.ref.id)?.name ?? p.ref.id} ←"${c.title}"${c.ref ? '' : '*'}`);
      }
      if (verbose) console.log('  candidates:', spots.candidates.map((c) => `${c.title}${c.ref ? '#' : ''}`).join(' | '));
      if (verbose) console.log('  looked up, no show:', spots.candidates.filter((c) => !c.ref && resolved.get(c.key) === null).map((c) => c.title).join(' | '));
      if (verbose) console.log('  still waiting:', spots.candidates.filter((c) => !c.ref && !resolved.has(c.key)).map((c) => c.title).join(' | '));
    }
    const labelled = article.shows.map((s) => ({ name: s.name, premiered: yearOf(s.premiered), keys: new Set([s.name, ...(s.mentions ?? [])].map(normalizeTitle)) }));
    const ambiguous = new Set((article.ambiguous ?? []).map(normalizeTitle));
    const found = new Set<string>();
    const fps: string[] = [];
    const eras: string[] = [];
    for (const [id, label] of badged) {
      const key = normalizeTitle((byId.get(id) as FakeShow | undefined)?.name ?? '');
      const hit = labelled.find((l) => l.keys.has(key));
      if (hit) {
        found.add(hit.name);
        // The right name of another era ("MacGyver" 1985 for the 2016 series): counted apart, as labels' years are approximate.
        const year = yearOf(byId.get(id)?.premiered);
        if (hit.premiered && year && Math.abs(hit.premiered - year) > 1) eras.push(`${hit.name} (${hit.premiered}) as ${year}`);
      }
      else if (!ambiguous.has(key)) fps.push(label);
    }
    const misses = labelled.filter((l) => !found.has(l.name)).map((l) => l.name);
    tp += found.size;
    fp += fps.length;
    fn += misses.length;
    console.log(`${article.file}: TP ${found.size} FP ${fps.length} FN ${misses.length}`);
    if (fps.length) console.log(`    FP: ${fps.join(', ')}`);
    if (misses.length) console.log(`    FN: ${misses.join(', ')}`);
    if (eras.length) console.log(`    other era: ${eras.join(', ')}`);
    otherEra += eras.length;
  }
  const [t, f, n] = [tp - before.tp, fp - before.fp, fn - before.fn];
  totals.push(`${set.name}: TP ${t} FP ${f} FN ${n}  precision ${(t / Math.max(1, t + f)).toFixed(3)}  recall ${(t / Math.max(1, t + n)).toFixed(3)}`);
}
console.log(`\n${totals.join('\n')}`);
const p = tp / Math.max(1, tp + fp);
const r = tp / Math.max(1, tp + fn);
console.log(
  `In-process, all sets: TP ${tp} FP ${fp} FN ${fn}  precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  stranger lookups ${lookups}` +
    (unlimited ? ' (no rate limit)' : `, ${waiting} more still waiting after the first rate window (--unlimited answers them all)`),
);
console.log(`Of the true badges, ${otherEra} name a show of another era than the label's (premiered more than a year apart).`);
