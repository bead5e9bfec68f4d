/**
 * Dates as the exports write them. Netflix's viewing-activity CSV follows the account's locale
 * (2/5/19 in the US, 11-08-23 in Argentina, 03.10.21 in Germany), so the day/month order is
 * decided once per file from the values themselves.
 */
export type DayOrder = 'mdy' | 'dmy';

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Picks the order that makes every date valid; ties go by separator (dots and dashes: day first). */
export function inferDayOrder(values: readonly string[]): DayOrder {
  let dots = 0;
  let slashes = 0;
  for (const raw of values) {
    const m = NUMERIC.exec(raw.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) return 'dmy';
    if (b > 12 && a <= 12) return 'mdy';
    if (m[2] === '/') slashes++;
    else dots++;
  }
  return dots > slashes ? 'dmy' : 'mdy';
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Normalises a date to `YYYY-MM-DD`, or a date-time to ISO 8601 in UTC (exports that give a time
 * give it in UTC: Netflix's Start Time, Trakt's watched_at, TV Time's created_at). Null when unreadable.
 */
export function normaliseDate(raw: string, order: DayOrder = 'mdy'): string | null {
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!validDate(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const stamp = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone ? zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : 'Z'}`;
    const time = Date.parse(stamp);
    return Number.isNaN(time) ? null : new Date(time).toISOString();
  }
  const m = NUMERIC.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  const [month, day] = order === 'mdy' ? [first, second] : [second, first];
  if (!validDate(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The later of two normalised dates (strings of either form compare by their day first). */
export function laterDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}
