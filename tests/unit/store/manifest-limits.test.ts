// The generated manifest meets the stores' limits for every browser we ship, in every language:
// name 2–45 characters (AMO's linter and Edge; the Chrome Web Store allows 75), description at most
// 132 (Chrome and Firefox), short_name at most 12 (recommended), and icons at 16/32/48/128 px that
// exist in public/ at the size they claim.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { flattenMessages, localeFiles, readLocale } from '../../support/locales';

const ROOT = join(__dirname, '../../..');
const LIMITS = { nameMin: 2, nameMax: 45, description: 132, shortName: 12 };
const ICON_SIZES = ['16', '32', '48', '128'];
const TARGETS = [
  { browser: 'chrome', manifestVersion: 3 },
  { browser: 'firefox', manifestVersion: 2 },
] as const;

type Manifest = Record<string, unknown> & { icons?: Record<string, string> };

function userManifest(browser: string, manifestVersion: 2 | 3): Manifest {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts manifest is expected to be a function');
  return manifest({ browser, manifestVersion, mode: 'production', command: 'build' }) as Manifest;
}

/** Every text the store would show for `field`: the literal, or each locale's message for `__MSG_key__`. */
function texts(value: unknown, field: string): { where: string; text: string }[] {
  if (typeof value !== 'string') return [];
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  if (!key) return [{ where: field, text: value }];
  return localeFiles().map((file) => {
    // messages.json names nested keys with "_" (extension.name → extension_name).
    const messages = flattenMessages(readLocale(file));
    const text = Object.entries(messages).find(([k]) => k.replaceAll('.', '_') === key)?.[1];
    if (text === undefined) throw new Error(`${file} has no message "${key}" for the manifest's ${field}`);
    return { where: `${field} in ${file}`, text };
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  if (png.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${path} is not a PNG`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(TARGETS)('$browser manifest', ({ browser, manifestVersion }) => {
  const manifest = userManifest(browser, manifestVersion);

  it('has a name the stores accept', () => {
    const names = texts(manifest.name, 'name');
    expect(names.length).toBeGreaterThan(0);
    for (const { where, text } of names) {
      expect([...text].length, `${where}: "${text}"`).toBeGreaterThanOrEqual(LIMITS.nameMin);
      expect([...text].length, `${where}: "${text}"`).toBeLessThanOrEqual(LIMITS.nameMax);
    }
    for (const { where, text } of texts(manifest.short_name, 'short_name')) {
      expect([...text].length, `${where}: "${text}"`).toBeLessThanOrEqual(LIMITS.shortName);
    }
  });

  it('has a description of at most 132 characters', () => {
    const descriptions = texts(manifest.description, 'description');
    expect(descriptions.length).toBeGreaterThan(0);
    for (const { where, text } of descriptions) {
      expect([...text].length, `${where}: "${text}"`).toBeLessThanOrEqual(LIMITS.description);
    }
  });

  it('has icons at 16, 32, 48 and 128 px, for the manifest and the toolbar button', () => {
    const action = (manifestVersion === 2 ? manifest.browser_action : manifest.action) as
      | { default_icon?: Record<string, string> }
      | undefined;
    for (const icons of [manifest.icons, action?.default_icon]) {
      expect(Object.keys(icons ?? {}).sort()).toEqual([...ICON_SIZES].sort());
      for (const [size, file] of Object.entries(icons ?? {})) {
        const path = join(ROOT, 'public', file);
        expect(existsSync(path), `${file} missing from public/ (npm run icons)`).toBe(true);
        expect(pngSize(path), file).toEqual({ width: Number(size), height: Number(size) });
      }
    }
  });
});
