// The browser's i18n API for unit tests, answered from the message catalogs in locales/ as Chrome
// answers from _locales: `$1`…`$9` substituted, `$$` a dollar sign, "" for an unknown key.
// Every unit test speaks English unless it calls `useLocale`.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserMessages, substitute } from './locales';

/** Answers i18n calls in `locale` (a catalog name such as `de` or `pt_BR`), with `uiLanguage` as the browser's. */
export function useLocale(locale: string, uiLanguage = locale.replace('_', '-')): void {
  const messages = browserMessages(locale);
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const message = messages[key];
    if (message === undefined) return '';
    return substitute(message, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
}
