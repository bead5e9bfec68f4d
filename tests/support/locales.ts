// Reads the message catalogs in locales/ the way @wxt-dev/i18n does (its own parser), for tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';

export const LOCALES_DIR = resolve(__dirname, '../../locales');
export const DEFAULT_LOCALE_FILE = 'en.yml';

/** Catalog file names, e.g. `de.yml`, `pt_BR.yml`. */
export function localeFiles(): string[] {
  return readdirSync(LOCALES_DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
}

/** The catalog's own messages (not the @@ ones every browser predefines), keyed `a.b` as in `i18n.t`. */
export function readLocale(file: string): Map<string, ParsedMessage> {
  const parsed = parseMessagesText(readFileSync(join(LOCALES_DIR, file), 'utf8'), 'YAML');
  return new Map(parsed.filter((m) => !m.key[0]?.startsWith('@@')).map((m) => [m.key.join('.'), m]));
}

/** Each message's text; plural forms joined by " | " as in the generated messages.json. */
export function flattenMessages(messages: Map<string, ParsedMessage>): Record<string, string> {
  return Object.fromEntries(
    [...messages].map(([key, m]) => [key, m.type === 'plural' ? Object.values(m.plurals).join(' | ') : m.message]),
  );
}

/** `$1`…`$9` replaced as the browser does, `$$` a dollar sign. */
export function substitute(message: string, substitutions: readonly (string | number)[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : String(substitutions[Number(which) - 1] ?? '')));
}

const cache = new Map<string, Record<string, string>>();

/** A catalog's messages as the browser names them (`card_lastChecked`), plural forms joined by " | ". */
export function browserMessages(locale: string): Record<string, string> {
  let messages = cache.get(locale);
  if (!messages) {
    const flat = flattenMessages(readLocale(`${locale}.yml`));
    messages = Object.fromEntries(Object.entries(flat).map(([key, text]) => [key.replaceAll('.', '_'), text]));
    cache.set(locale, messages);
  }
  return messages;
}

/** One message of a catalog, for tests that check what the extension shows: `message('de', 'popup.blurSpoilers')`. */
export function message(locale: string, key: string, substitutions: readonly (string | number)[] = []): string {
  const text = browserMessages(locale)[key.replaceAll('.', '_')];
  if (text === undefined) throw new Error(`${locale}.yml has no message ${key}`);
  return substitute(text, substitutions);
}
