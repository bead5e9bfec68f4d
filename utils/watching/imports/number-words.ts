/**
 * Number words as Netflix writes chapter numbers: English up to 99 ("One", "Seventy-Eight"), and in the
 * languages it translates chapter titles into ("Kapitel eins", "Capítulo uno", "Chapitre un") up to 20,
 * enough for a season.
 */

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

/** One to twenty in each language, by the word Netflix's localised titles use for "chapter". */
const CHAPTER_WORDS: Record<string, readonly string[][]> = {
  kapitel: [['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig']],
  capítulo: [
    ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'],
    ['um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'treze', 'catorze', 'quinze', 'dezesseis', 'dezessete', 'dezoito', 'dezenove', 'vinte'],
    // European Portuguese spells three of them differently.
    ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 'dezasseis', 'dezassete', '', 'dezanove'],
  ],
  chapitre: [
    ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt'],
    ['une'],
  ],
  capitolo: [['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove', 'venti']],
  hoofdstuk: [['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig']],
};

/** The number a chapter's word names after its keyword ("chapter" "Seven", "Kapitel" "eins"), or null. */
export function chapterNumber(keyword: string, word: string): number | null {
  const key = keyword.toLowerCase().replace('capitulo', 'capítulo');
  if (key === 'chapter') return englishNumber(word);
  const spelled = word.toLowerCase();
  for (const list of CHAPTER_WORDS[key] ?? []) {
    const at = list.indexOf(spelled);
    if (at >= 0 && spelled) return at + 1;
  }
  return null;
}
