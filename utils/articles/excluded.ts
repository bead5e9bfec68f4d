/**
 * Subtrees that are never the article's own text: menus, rails, ads, forms, embeds, Greenlit's own
 * badges and notices. One list gives both the selector (for `closest`) and a per-element test for the
 * text walk, which sees each element once: cheaper than a page-wide query of a 30-part selector.
 */
import { BADGE_ATTR, NOTICE_ATTR } from '../page/contract';

const TAGS = [
  'nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea', 'input',
  'script', 'style', 'noscript', 'template', 'iframe', 'svg',
];
/** Attributes with these exact values. */
const VALUES: ReadonlyArray<readonly [attribute: string, values: readonly string[]]> = [
  ['contenteditable', ['', 'true']],
  ['role', ['navigation', 'complementary']],
  ['aria-hidden', ['true']],
];
/** Words inside a class or id attribute, in any case (`[class*="promo" i]`). */
const CLASS_WORDS = ['related', 'newsletter', 'advert', 'promo', 'share', 'comments'];
const ID_WORDS = ['related'];
const PRESENT = [BADGE_ATTR, NOTICE_ATTR];

export const EXCLUDED_SELECTOR = [
  ...TAGS,
  ...VALUES.flatMap(([attribute, values]) => values.map((value) => `[${attribute}="${value}"]`)),
  ...CLASS_WORDS.map((word) => `[class*="${word}" i]`),
  ...ID_WORDS.map((word) => `[id*="${word}" i]`),
  ...PRESENT.map((attribute) => `[${attribute}]`),
].join(',');

const TAG_SET = new Set(TAGS);
const CLASS_PATTERN = new RegExp(CLASS_WORDS.join('|'), 'i');
const ID_PATTERN = new RegExp(ID_WORDS.join('|'), 'i');

/**
 * `element.matches(EXCLUDED_SELECTOR)`, tested attribute by attribute (the unit test holds them equal).
 * The text walk passes the element's local name and `hasAttributes()`, which it has read already.
 */
export function isExcludedElement(element: Element, name = element.localName, attributed = element.hasAttributes()): boolean {
  if (TAG_SET.has(name)) return true;
  if (!attributed) return false;
  const className = element.getAttribute('class');
  if (className && CLASS_PATTERN.test(className)) return true;
  const id = element.getAttribute('id');
  if (id && ID_PATTERN.test(id)) return true;
  for (const [attribute, values] of VALUES) {
    const value = element.getAttribute(attribute);
    if (value !== null && values.includes(value)) return true;
  }
  return PRESENT.some((attribute) => element.hasAttribute(attribute));
}
