/** English number words up to 99 ("One", "Twelve", "Seventy-Eight"), as Netflix writes chapter numbers. */

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The number a word or hyphenated pair names, or null for anything else. */
export function englishNumber(words: string): number | null {
  const [first = '', second, ...rest] = words.toLowerCase().split('-');
  if (rest.length > 0) return null;
  const unit = UNITS.indexOf(first);
  if (unit > 0) return second === undefined ? unit : null;
  const tens = TENS.indexOf(first);
  if (tens < 2) return null;
  if (second === undefined) return tens * 10;
  const ones = UNITS.indexOf(second);
  return ones > 0 && ones < 10 ? tens * 10 + ones : null;
}
