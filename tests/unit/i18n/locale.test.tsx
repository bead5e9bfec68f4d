// Dates, relative times, lists and numbers follow the language Greenlit's messages are in; a badge,
// its card and a notification read as a German reader expects when the browser speaks German.
import { afterEach, describe, expect, it } from 'vitest';
import { StatusBadge } from '@/components/badge/StatusBadge';
import { StatusCard } from '@/components/badge/StatusCard';
import {
  displayLocale,
  formatCalendarDate,
  formatDecimal,
  formatList,
  formatTimeAgo,
  messageParts,
  SLOT,
} from '@/utils/i18n/locale';
import type { LookupResult, Show } from '@/utils/shows/show';
import { changeText } from '@/utils/watching/change-text';
import { mount, unmountAll } from '../../support/dom';
import { useLocale } from '../../support/i18n';
import { aShow } from '../../support/shows';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 11, 2, 12, 0);

afterEach(() => unmountAll());

describe('displayLocale', () => {
  it.each([
    ['en', 'en-US', 'en-US'],
    ['en', 'en-GB', 'en-GB'],
    // A Dutch browser gets the English catalog: its dates are English too, not Dutch inside English sentences.
    ['en', 'nl', 'en'],
    ['de', 'de-AT', 'de-AT'],
    ['pt_BR', 'pt-BR', 'pt-BR'],
    ['ja', 'ja', 'ja'],
  ])('catalog %s, browser %s → %s', (catalog, ui, expected) => {
    useLocale(catalog, ui);
    expect(displayLocale()).toBe(expected);
  });
});

describe('formatting', () => {
  it('shows a source calendar date as that day in every time zone', () => {
    expect(formatCalendarDate('2026-07-11')).toBe('Jul 11, 2026');
    useLocale('de');
    expect(formatCalendarDate('2026-07-11')).toBe('11.07.2026');
    useLocale('ja');
    expect(formatCalendarDate('2026-07-11')).toBe('2026/07/11');
    expect(formatCalendarDate('not a date')).toBe('not a date');
  });

  it('says how long ago, in the language, and nothing under a minute', () => {
    expect(formatTimeAgo(NOW - 30_000, NOW)).toBeNull();
    expect(formatTimeAgo(NOW - 5 * MINUTE, NOW)).toBe('5 minutes ago');
    expect(formatTimeAgo(NOW - 3 * 60 * MINUTE, NOW)).toBe('3 hours ago');
    expect(formatTimeAgo(NOW - 3 * 24 * 60 * MINUTE, NOW)).toBe('3 days ago');
    useLocale('de');
    expect(formatTimeAgo(NOW - 5 * MINUTE, NOW)).toBe('vor 5 Minuten');
    useLocale('fr');
    expect(formatTimeAgo(NOW - 1 * 60 * MINUTE, NOW)).toBe('il y a 1 heure');
  });

  it('joins lists and writes decimals as the language does', () => {
    expect(formatList(['Ballard', 'Bosch'])).toBe('Ballard and Bosch');
    expect(formatDecimal(10, 1)).toBe('10.0');
    useLocale('de');
    expect(formatList(['Ballard', 'Bosch', 'Fallout'])).toBe('Ballard, Bosch und Fallout');
    expect(formatDecimal(10, 1)).toBe('10,0');
  });

  it('splits a message around the elements its substitutions stand for', () => {
    expect(messageParts(`Show data from ${SLOT[1]}, licensed under ${SLOT[2]}.`)).toEqual(['Show data from ', 1, ', licensed under ', 2, '.']);
    expect(messageParts(`${SLOT[1]} のデータ`)).toEqual([1, ' のデータ']);
  });
});

const ballard: Show = aShow(900001, 'Ballard', { network: 'Prime Video', premieredYear: 2025, sourceStatus: 'Running', status: 'renewed', nextEpisode: { airdate: '2026-07-11', season: 2, number: 1 }, nextSeason: 2, url: 'https://www.tvmaze.com/shows/900001/ballard' });
const result: LookupResult = { title: 'Ballard', status: 'renewed', show: ballard, checkedAt: NOW - 5 * MINUTE, stale: false };

describe('in German', () => {
  it('the badge says its word and its spoken name in German', () => {
    useLocale('de');
    const root = mount(<StatusBadge title="Ballard" result={result} placement="inline" onResult={() => {}} />);
    const badge = root.querySelector('[role=button]')!;
    expect(badge.getAttribute('aria-label')).toBe('Ballard: für eine weitere Staffel verlängert');
    expect(badge.textContent).toContain('Verlängert');
    expect(root.querySelector('[role=dialog]')?.getAttribute('aria-label')).toBe('Verlängerungsstatus von Ballard');
  });

  it('the card reads in German, dates and times included', () => {
    useLocale('de');
    const root = mount(<StatusCard title="Ballard" result={result} now={NOW} onResult={() => {}} />);
    const text = root.textContent ?? '';
    expect(text).toContain('Für Staffel 2 verlängert.');
    expect(text).toContain('Nächste Folge (S2 E1): 11.07.2026');
    expect(text).toContain('Zuletzt geprüft vor 5 Minuten');
    expect(root.querySelector('a[href*="tvmaze.com/shows/900001"]')?.textContent).toBe('Ballard auf TVmaze');
  });

  it('a status change is worded when shown, in the reader’s language', () => {
    const change = { name: 'Ballard', from: 'awaiting', to: 'renewed', detail: { nextSeason: 2, nextAirdate: '2026-07-11' } } as const;
    expect(changeText(change)).toBe('Ballard — renewed for season 2 (returns Jul 11, 2026)');
    useLocale('de');
    expect(changeText(change)).toBe('Ballard – für Staffel 2 verlängert (zurück am 11.07.2026)');
    useLocale('ja');
    expect(changeText({ ...change, to: 'cancelled', detail: {} })).toBe('Ballardは打ち切りになりました');
  });
});
