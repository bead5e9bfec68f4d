/**
 * Lowercase, no accents, no punctuation, "&" as "and", "♥" as "hearts": "Bosch: Legacy" and "Bosch Legacy" compare equal;
 * "Bosch" and "Bosch: Legacy" do not.
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[♥❤]/gu, ' hearts ')
    .replace(/\*/g, '') // "F***ing" → "fing": censored and uncensored spellings stay apart but stable
    .replace(/['’‘`]/g, '')
    .replace(/(?<=(?:^|[^\p{L}])\p{L})\./gu, '') // initialisms: "A.P. Bio" = "AP Bio"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
