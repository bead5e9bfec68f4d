// The thin i18n.t every runtime uses: keys as the browser names them, substitutions, and the plural
// form for a count (one form, 1/other, or 0/1/other), read from the real catalogs.
import { expect, it } from 'vitest';
import { i18n } from '@/utils/i18n/messages';
import { useLocale } from '../../support/i18n';

it('looks a nested key up and substitutes in order', () => {
  expect(i18n.t('card.nextEpisodeNumbered', [2, 1, 'Jul 11, 2026'])).toBe('Next episode (S2 E1): Jul 11, 2026');
  expect(i18n.t('popup.blurSpoilers')).toBe('Blur spoilers');
});

it('picks the plural form for the count, and the count fills $1', () => {
  expect([0, 1, 4].map((n) => i18n.t('popup.revealed', n))).toEqual([
    'No hidden spoilers on this page.',
    'Revealed 1 spoiler.',
    'Revealed 4 spoilers.',
  ]);
  expect([1, 2].map((n) => i18n.t('options.search.found', n))).toEqual(['1 show found.', '2 shows found.']);
  expect(i18n.t('historyImport.imported', 3, [3, '2 added, 1 further along'])).toBe('Imported 3 shows: 2 added, 1 further along.');
});

it('uses a language’s only form for every count, and its 0 form where it has one', () => {
  useLocale('ja');
  expect([1, 5].map((n) => i18n.t('options.search.found', n))).toEqual(['1件の番組が見つかりました。', '5件の番組が見つかりました。']);
  useLocale('fr');
  expect(i18n.t('historyImport.confirm', 0)).toBe('Importer 0 série');
  expect(i18n.t('historyImport.confirm', 2)).toBe('Importer 2 séries');
});
