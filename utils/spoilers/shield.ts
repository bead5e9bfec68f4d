/**
 * Spoilers: what to blur (article warnings, episode lists past your progress) and the shield that blurs and reveals.
 *
 * Blur and reveal page elements. Changes only attributes and inline style properties, and saves
 * what the page had so a reveal or `unblurAll` puts it back exactly.
 */

import { i18n } from '../i18n/messages';
import {
  DEFAULT_BLUR_PX,
  SPOILER_ATTR,
  SPOILER_FOCUS_ATTR as KEEP_FOCUS_ATTR,
  SPOILER_KEY_ATTR as KEY_ATTR,
  SPOILER_SAVED_ATTR as SAVED_ATTR,
  SPOILER_TABINDEX_ATTR as INNER_TABINDEX_ATTR,
  type SpoilerState,
} from '../page/contract';

export { DEFAULT_BLUR_PX, SPOILER_ATTR, type SpoilerState };
const FOCUSABLE = 'a[href], button, input, select, textarea, iframe, [tabindex], [contenteditable="true"]';

export const DEFAULT_HOVER_DELAY_MS = 400;
/** A blurred element's accessible name, unless the caller says what it hides. */
export const revealHint = (): string => i18n.t('spoilers.hidden');

export interface RevealDetail {
  /** The group key given when blurring (e.g. a Prime Video episode key), or null. */
  key: string | null;
  /** The element the reveal started from. */
  element: Element;
}

export interface ShieldOptions {
  blurPx?: number;
  revealOn?: 'click' | 'hover';
  hoverDelayMs?: number;
  /** Elements blurred with the same key reveal together. */
  key?: string;
  /** False for extra pieces of a group (an episode still): blurred and clickable, but no tab stop. */
  interactive?: boolean;
  label?: string;
  onReveal?: (detail: RevealDetail) => void;
}

interface StyleValue {
  value: string;
  priority: string;
}

interface SavedState {
  tabindex: string | null;
  role: string | null;
  ariaLabel: string | null;
  /** The style attribute before and right after blurring: if the page left it alone, restore verbatim. */
  style: string | null;
  blurredStyle?: string | null;
  filter: StyleValue;
  cursor: StyleValue;
}

/** Listeners of a blurred element; gone after reveal, so a new content script re-attaches. */
const bindings = new WeakMap<Element, { detach: () => void; onReveal?: ShieldOptions['onReveal'] }>();

function styled(el: Element): CSSStyleDeclaration | null {
  return 'style' in el ? (el as HTMLElement).style : null;
}

function restoreAttr(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

function restoreStyle(style: CSSStyleDeclaration, name: string, saved: StyleValue): void {
  if (saved.value) style.setProperty(name, saved.value, saved.priority);
  else style.removeProperty(name);
}

function readSaved(el: Element): SavedState | null {
  try {
    return JSON.parse(el.getAttribute(SAVED_ATTR) ?? 'null') as SavedState | null;
  } catch {
    return null;
  }
}

function save(el: Element): void {
  const style = styled(el);
  const saved: SavedState = {
    tabindex: el.getAttribute('tabindex'),
    role: el.getAttribute('role'),
    ariaLabel: el.getAttribute('aria-label'),
    style: el.getAttribute('style'),
    filter: { value: style?.getPropertyValue('filter') ?? '', priority: style?.getPropertyPriority('filter') ?? '' },
    cursor: { value: style?.getPropertyValue('cursor') ?? '', priority: style?.getPropertyPriority('cursor') ?? '' },
  };
  el.setAttribute(SAVED_ATTR, JSON.stringify(saved));
}

function applyBlur(el: Element, options: ShieldOptions): void {
  el.setAttribute(SPOILER_ATTR, 'blurred');
  if (options.key) el.setAttribute(KEY_ATTR, options.key);
  const style = styled(el);
  style?.setProperty('filter', `blur(${options.blurPx ?? DEFAULT_BLUR_PX}px)`, 'important');
  style?.setProperty('cursor', 'pointer', 'important');
  const saved = readSaved(el);
  if (saved) el.setAttribute(SAVED_ATTR, JSON.stringify({ ...saved, blurredStyle: el.getAttribute('style') }));
  if (options.interactive === false) return;
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', options.label ?? revealHint());
  // Links inside a blurred block must not be reachable (or followed) before the reveal.
  for (const inner of el.querySelectorAll(FOCUSABLE)) {
    if (inner.hasAttribute(INNER_TABINDEX_ATTR)) continue;
    inner.setAttribute(INNER_TABINDEX_ATTR, inner.getAttribute('tabindex') ?? '');
    inner.setAttribute('tabindex', '-1');
  }
}

/** Puts back what the page had and drops listeners; leaves the state attribute to the caller. */
function restore(el: Element): void {
  const saved = readSaved(el);
  const style = styled(el);
  if (saved) {
    restoreAttr(el, 'tabindex', saved.tabindex);
    restoreAttr(el, 'role', saved.role);
    restoreAttr(el, 'aria-label', saved.ariaLabel);
    if (el.getAttribute('style') === saved.blurredStyle) {
      restoreAttr(el, 'style', saved.style);
    } else if (style) {
      restoreStyle(style, 'filter', saved.filter);
      restoreStyle(style, 'cursor', saved.cursor);
      if (saved.style === null && !el.getAttribute('style')?.trim()) el.removeAttribute('style');
    }
  }
  el.removeAttribute(SAVED_ATTR);
  for (const inner of el.querySelectorAll(`[${INNER_TABINDEX_ATTR}]`)) {
    restoreAttr(inner, 'tabindex', inner.getAttribute(INNER_TABINDEX_ATTR) || null);
    inner.removeAttribute(INNER_TABINDEX_ATTR);
  }
  bindings.get(el)?.detach();
  bindings.delete(el);
}

/** Keeps keyboard focus on a revealed block until the user moves on, then drops the tabindex. */
function keepFocus(el: Element): void {
  if (el.hasAttribute('tabindex')) return;
  el.setAttribute('tabindex', '-1');
  el.setAttribute(KEEP_FOCUS_ATTR, '');
  el.addEventListener(
    'blur',
    () => {
      if (!el.hasAttribute(KEEP_FOCUS_ATTR)) return;
      el.removeAttribute('tabindex');
      el.removeAttribute(KEEP_FOCUS_ATTR);
    },
    { once: true },
  );
}

function groupOf(el: Element): Element[] {
  const key = el.getAttribute(KEY_ATTR);
  if (!key) return [el];
  const others = [...el.ownerDocument.querySelectorAll(`[${KEY_ATTR}]`)].filter(
    (other) => other !== el && other.getAttribute(KEY_ATTR) === key,
  );
  return [el, ...others];
}

function reveal(el: Element, byKeyboard: boolean): boolean {
  if (el.getAttribute(SPOILER_ATTR) !== 'blurred') return false;
  const onReveal = bindings.get(el)?.onReveal;
  const hadFocus = el.ownerDocument.activeElement === el;
  for (const member of groupOf(el)) {
    if (member.getAttribute(SPOILER_ATTR) !== 'blurred') continue;
    restore(member);
    member.setAttribute(SPOILER_ATTR, 'revealed');
  }
  if (byKeyboard && hadFocus) {
    keepFocus(el);
    (el as HTMLElement).focus?.();
  }
  onReveal?.({ key: el.getAttribute(KEY_ATTR), element: el });
  return true;
}

function attach(el: Element, options: ShieldOptions): void {
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const onClick = (event: Event) => {
    if (el.getAttribute(SPOILER_ATTR) !== 'blurred') return;
    // Capture phase: the first click reveals, so a link inside does not navigate yet.
    event.preventDefault();
    event.stopPropagation();
    reveal(el, false);
  };
  const onKeyDown = (event: Event) => {
    const { key } = event as KeyboardEvent;
    if (event.target !== el || (key !== 'Enter' && key !== ' ' && key !== 'Spacebar')) return;
    event.preventDefault();
    reveal(el, true);
  };
  const onEnter = () => {
    hoverTimer = setTimeout(() => reveal(el, false), options.hoverDelayMs ?? DEFAULT_HOVER_DELAY_MS);
  };
  const onLeave = () => clearTimeout(hoverTimer);
  el.addEventListener('click', onClick, true);
  el.addEventListener('keydown', onKeyDown);
  if (options.revealOn === 'hover') {
    el.addEventListener('mouseenter', onEnter);
    el.addEventListener('mouseleave', onLeave);
  }
  const detach = () => {
    clearTimeout(hoverTimer);
    el.removeEventListener('click', onClick, true);
    el.removeEventListener('keydown', onKeyDown);
    el.removeEventListener('mouseenter', onEnter);
    el.removeEventListener('mouseleave', onLeave);
  };
  bindings.set(el, { detach, onReveal: options.onReveal });
}

/**
 * Blurs each element. Idempotent: an already blurred element is only re-bound (after a content
 * script reload) and gets the current strength; a revealed one stays revealed.
 * Returns the elements that are blurred afterwards.
 */
export function blurElements(elements: Iterable<Element>, options: ShieldOptions = {}): Element[] {
  const blurred: Element[] = [];
  for (const el of elements) {
    const state = el.getAttribute(SPOILER_ATTR);
    if (state === 'revealed') continue;
    if (state === 'blurred') {
      styled(el)?.setProperty('filter', `blur(${options.blurPx ?? DEFAULT_BLUR_PX}px)`, 'important');
    } else {
      save(el);
      applyBlur(el, options);
    }
    if (!bindings.has(el)) attach(el, options);
    blurred.push(el);
  }
  return blurred;
}

/** Marks classified elements that need no blur, so a no-flash guard keyed on the attribute lets go. */
export function markClear(elements: Iterable<Element>): void {
  for (const el of elements) {
    if (!el.hasAttribute(SPOILER_ATTR)) el.setAttribute(SPOILER_ATTR, 'clear');
  }
}

export function spoilerState(el: Element): SpoilerState | null {
  const state = el.getAttribute(SPOILER_ATTR);
  return state === 'blurred' || state === 'revealed' || state === 'clear' ? state : null;
}

/** Reveals one element (and its key group) as a user action would; calls its onReveal. */
export function revealElement(el: Element): boolean {
  return reveal(el, false);
}

function marked(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if ('matches' in root && (root as Element).matches(selector)) found.unshift(root as Element);
  return found;
}

/** Reveals every blurred element under root, calling onReveal once per revealed group. */
export function revealAll(root: ParentNode): void {
  for (const el of marked(root, `[${SPOILER_ATTR}="blurred"]`)) reveal(el, false);
}

/** Blurring turned off: removes every trace and puts back what the page had. */
export function unblurAll(root: ParentNode): void {
  for (const el of marked(root, `[${SPOILER_ATTR}]`)) {
    if (el.getAttribute(SPOILER_ATTR) === 'blurred') restore(el);
    if (el.hasAttribute(KEEP_FOCUS_ATTR)) {
      el.removeAttribute('tabindex');
      el.removeAttribute(KEEP_FOCUS_ATTR);
    }
    el.removeAttribute(SPOILER_ATTR);
    el.removeAttribute(KEY_ATTR);
  }
}
