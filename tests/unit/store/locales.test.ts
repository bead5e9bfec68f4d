// Every message catalog in locales/ has exactly English's keys, the same substitutions ($1…$9) in each
// message, plurals where English has them, badge words short enough for a badge, and a manifest name and
// description within the stores' limits.
import { SUPPORTED_LOCALES, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE_FILE, localeFiles, readLocale } from '../../support/locales';

/** The stores' languages: English, German, French, Spanish, Italian, Brazilian Portuguese, Japanese. */
const REQUIRED = ['de', 'en', 'es', 'fr', 'it', 'ja', 'pt_BR'];
const BADGE_WORD_MAX = 18;
const NAME_MAX = 45;
const DESCRIPTION_MAX = 132;
const PLURAL_SHAPES = [['n'], ['1', 'n'], ['0', '1', 'n']];

function texts(m: ParsedMessage): string[] {
  return m.type === 'plural' ? Object.values(m.plurals) : [m.message];
}

/** Positional substitutions used anywhere in the message ("$$" is a literal dollar). */
function substitutions(m: ParsedMessage): string[] {
  const found = texts(m).flatMap((t) => [...t.matchAll(/(?<!\$)\$([1-9])/g)].map((x) => `$${x[1]}`));
  return [...new Set(found)].sort();
}

const english = readLocale(DEFAULT_LOCALE_FILE);
const files = localeFiles();

it('has a catalog for each of the stores’ languages, named as browsers expect', () => {
  const locales = files.map((f) => f.replace(/\.ya?ml$/, ''));
  expect(locales).toEqual(expect.arrayContaining(REQUIRED));
  for (const locale of locales) expect(SUPPORTED_LOCALES.has(locale), locale).toBe(true);
});

it('English has messages', () => {
  expect(english.size).toBeGreaterThan(100);
});

describe.each(files)('%s', (file) => {
  const messages = readLocale(file);

  it('has every English key and no other', () => {
    expect([...english.keys()].filter((k) => !messages.has(k)), 'missing').toEqual([]);
    expect([...messages.keys()].filter((k) => !english.has(k)), 'not in en.yml').toEqual([]);
  });

  it('keeps each message’s substitutions and plural forms', () => {
    for (const [key, en] of english) {
      const m = messages.get(key);
      if (!m) continue; // reported above
      expect(substitutions(m), key).toEqual(substitutions(en));
      expect(m.type === 'plural', `${key} is ${en.type === 'plural' ? '' : 'not '}a plural in English`).toBe(
        en.type === 'plural',
      );
      // @wxt-dev/i18n picks a form by how many there are: one for every count, two as 1/other,
      // three as 0/1/other; so {0, n} would show the "0" text for 1.
      if (m.type === 'plural') expect(PLURAL_SHAPES, key).toContainEqual(Object.keys(m.plurals));
      for (const text of texts(m)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('picks plural forms the way the language counts (French and Portuguese say "0 série")', () => {
    const tag = file.replace(/\.ya?ml$/, '').replace('_', '-');
    const rules = new Intl.PluralRules(tag);
    const hasOne = rules.resolvedOptions().pluralCategories.includes('one');
    for (const [key, m] of messages) {
      if (m.type !== 'plural') continue;
      const forms = Object.keys(m.plurals);
      for (const count of [0, 1, 2, 3, 5, 11, 21, 100]) {
        // @wxt-dev/i18n's choice: one form for all; 1 and other; or 0, 1 and other.
        const form = forms.length === 1 ? 'n' : forms.length === 2 ? (count === 1 ? '1' : 'n') : count <= 1 ? String(count) : 'n';
        const category = rules.select(count);
        if (form === '0') continue; // an explicit text for none ("no changes")
        if (form === '1') expect(category === 'one' || !hasOne, `${key} for ${count}`).toBe(true);
        else expect(category, `${key} for ${count} uses the "n" form`).not.toBe('one');
      }
    }
  });

  it('names its own language, for dates and numbers', () => {
    expect(texts(messages.get('language.tag')!)[0]).toBe(file.replace(/\.ya?ml$/, '').replace('_', '-'));
  });

  it('has no text Chrome would read as a named placeholder ("S$1E$2" reads "$1E$"), which stops the extension loading', () => {
    for (const [key, m] of messages) {
      for (const text of texts(m)) expect(text.match(/\$[A-Za-z0-9_@]+\$/g), `${key}: "${text}"`).toBeNull();
    }
  });

  it('has badge words short enough for a badge', () => {
    for (const [key, m] of messages) {
      if (!key.startsWith('status.label.')) continue;
      for (const text of texts(m)) expect([...text].length, `${key}: "${text}"`).toBeLessThanOrEqual(BADGE_WORD_MAX);
    }
  });

  it('has a manifest name and description within the stores’ limits', () => {
    const name = texts(messages.get('extension.name')!)[0]!;
    const description = texts(messages.get('extension.description')!)[0]!;
    expect([...name].length, name).toBeLessThanOrEqual(NAME_MAX);
    expect([...description].length, description).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
});
