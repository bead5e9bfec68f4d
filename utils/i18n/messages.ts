import type { createI18n } from '@wxt-dev/i18n';
import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '#i18n';

/** `i18n.t` typed by @wxt-dev/i18n from locales/en.yml (keys, substitution counts, plurals). */
type TypedI18n = ReturnType<typeof createI18n<GeneratedI18nStructure>>;

/**
 * A message in the reader's language: `t('card.endedIn', [2019])`, `t('options.search.found', n)`.
 * The same contract as @wxt-dev/i18n's runtime (whose build step makes _locales and the key types),
 * minus named substitutions we do not use, so each content script carries a few lines, not a library.
 */
function t(key: string, ...args: Array<number | Array<string | number>>): string {
  let count: number | undefined;
  let substitutions: Array<string | number> | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else substitutions = arg;
  }
  const values = (substitutions ?? (count === undefined ? [] : [count])).map(String);
  const text = (browser.i18n.getMessage as (name: string, substitutions: string[]) => string)(key.replaceAll('.', '_'), values);
  if (count === undefined) return text;
  // Plural forms, joined by " | " at build time: one for every count; 1 and other; or 0, 1 and other.
  const forms = text.split(' | ');
  return forms[forms.length === 1 ? 0 : forms.length === 2 ? (count === 1 ? 0 : 1) : Math.min(count, 2)] ?? text;
}

export const i18n = { t } as unknown as TypedI18n;
