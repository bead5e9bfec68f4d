import { tvmazeRef } from '@/utils/shows/show-ref';
import { describe, expect, it } from 'vitest';
import { largeIndex } from '../../../scripts/bench/titles';
import { foldTitle } from '@/utils/title-index/fold';
import { parseSeed } from '@/utils/title-index/seed';
import seedFile from '@/utils/title-index/seed-index.json';

const seed = parseSeed(seedFile).shows;
const article = [{ ...seed[0]!, ref: tvmazeRef(900_001), name: 'Ballard' }];

describe('the bench’s 50,000-title index', () => {
  const built = largeIndex(seed, article, 50_000);
  const madeUp = built.shows.slice(built.real);

  it('holds every real show and the article’s own, then made-up shows up to the count', () => {
    expect(built.shows).toHaveLength(50_000);
    expect(built.real).toBe(seed.length + 1);
    expect(built.shows.slice(0, built.real).map((s) => s.ref.id)).toEqual([900_001, ...seed.map((s) => s.ref.id)]);
    expect(madeUp.length).toBe(built.generated);
  });

  it('gives every made-up show a title no real show and no other made-up show has', () => {
    const real = new Set(built.shows.slice(0, built.real).map((s) => foldTitle(s.name)));
    const keys = madeUp.map((s) => foldTitle(s.name));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((key) => real.has(key))).toEqual([]);
    expect(new Set(madeUp.map((s) => s.ref.id)).size).toBe(madeUp.length);
  });

  it('makes up titles from real words, never a bare function word', () => {
    expect(madeUp.filter((s) => ['it', 'if', 'the', 'lets', 'of'].includes(foldTitle(s.name)))).toEqual([]);
    const words = new Set(seed.flatMap((s) => s.name.split(/\s+/)).map((w) => w.replace(/[:,!?]+$/u, '')));
    expect(madeUp.slice(0, 500).flatMap((s) => s.name.split(/\s+/)).filter((w) => !words.has(w.replace(/[:,!?]+$/u, '')))).toEqual([]);
  });

  it('is the same on every run', () => {
    expect(largeIndex(seed, article, 5_000).shows.map((s) => s.name)).toEqual(built.shows.slice(0, 5_000).map((s) => s.name));
  });
});
