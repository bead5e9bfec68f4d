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
