// Text keeps a contrast of at least 4.5:1 (WCAG AA) and focus rings 3:1, in the light and the dark
// scheme, for the status colours, the badge's card and the options page, read from the CSS itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const TEXT = 4.5;
const NON_TEXT = 3;

function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  const channels = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Custom properties declared directly in the first `selector { … }` block of `css`. */
function properties(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no "${selector} {" block`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

/** The light values, then the same properties overridden in `@media (prefers-color-scheme: dark)`. */
function schemes(css: string, selector: string): { light: Record<string, string>; dark: Record<string, string> } {
  const media = css.indexOf('@media (prefers-color-scheme: dark)');
  if (media < 0) throw new Error('no dark scheme block');
  const light = properties(css.slice(0, media), selector);
  return { light, dark: { ...light, ...properties(css.slice(media), selector) } };
}

function hex(vars: Record<string, string>, name: string): string {
  const value = vars[name];
  if (!value || !/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) throw new Error(`${name} is "${value}", expected a hex colour`);
  return value;
}

describe('status colours (components/badge/status-colors.css)', () => {
  const css = read('components/badge/status-colors.css');
  const rules = [...css.matchAll(/((?:\.status-[\w-]+,?\s*)+)\{([^}]*)\}/g)];

  it('give every status a light and a dark pair of at least 4.5:1', () => {
    const statuses = rules.flatMap((r) => r[1]!.match(/status-[\w-]+/g) ?? []);
    expect(statuses.sort()).toEqual(
      ['airing', 'awaiting', 'cancelled', 'development', 'ended', 'loading', 'renewed', 'unknown'].map((s) => `status-${s}`),
    );
    for (const [, selector, body] of rules) {
      const pair = (name: string) => {
        const m = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]+),\\s*(#[0-9a-f]+)\\)`, 'i').exec(body!);
        if (!m) throw new Error(`${selector!.trim()}: ${name} is not light-dark(#…, #…)`);
        return { light: m[1]!, dark: m[2]! };
      };
      const bg = pair('--bg');
      const fg = pair('--fg');
      for (const scheme of ['light', 'dark'] as const) {
        expect(contrast(fg[scheme], bg[scheme]), `${selector!.trim()} ${scheme}`).toBeGreaterThanOrEqual(TEXT);
      }
    }
  });
});

describe.each([
  {
    file: 'components/badge/badge.css',
    selector: '.card',
    text: [
      ['--card-text', '--card-bg'],
      ['--card-muted', '--card-bg'],
      ['--card-link', '--card-bg'],
      ['--card-stale', '--card-bg'],
    ],
    nonText: [
      ['--card-focus', '--card-bg'],
      ['--card-control-line', '--card-bg'],
    ],
  },
  {
    file: 'entrypoints/options/style.css',
    selector: ':root',
    text: [
      ['--text', '--page-bg'],
      ['--text', '--surface'],
      ['--text', '--active-bg'],
      ['--muted', '--page-bg'],
      ['--muted', '--surface'],
      ['--muted', '--active-bg'],
      ['--muted', '--disabled-bg'],
      ['--accent', '--page-bg'],
      ['--accent', '--surface'],
      ['--on-accent', '--accent'],
      ['--error', '--page-bg'],
      ['--error', '--error-bg'],
      ['--warn-text', '--warn-bg'],
      ['--new-text', '--new-bg'],
    ],
    nonText: [
      ['--focus', '--page-bg'],
      ['--focus', '--surface'],
      ['--field-line', '--surface'],
    ],
  },
])('$file', ({ file, selector, text, nonText }) => {
  const { light, dark } = schemes(read(file), selector);

  it.each([
    ['light', light],
    ['dark', dark],
  ])('%s scheme: text at least 4.5:1, focus rings and field borders at least 3:1', (_, vars) => {
    for (const [fg, bg] of text) {
      expect(contrast(hex(vars, fg!), hex(vars, bg!)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(TEXT);
    }
    for (const [fg, bg] of nonText) {
      expect(contrast(hex(vars, fg!), hex(vars, bg!)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(NON_TEXT);
    }
  });

  it('overrides every colour in the dark scheme', () => {
    const media = read(file).indexOf('@media (prefers-color-scheme: dark)');
    const overridden = properties(read(file).slice(media), selector);
    const colours = Object.keys(light).filter((k) => /^(#|rgb)/.test(light[k]!));
    expect(colours.filter((k) => !(k in overridden))).toEqual([]);
  });
});
