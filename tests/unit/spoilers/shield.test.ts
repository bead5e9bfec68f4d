import {
  blurElements,
  markClear,
  revealHint,
  revealAll,
  revealElement,
  SPOILER_ATTR,
  spoilerState,
  unblurAll,
} from '../../../utils/spoilers/shield';

function paragraph(text: string, attrs: Record<string, string> = {}): HTMLElement {
  const p = document.createElement('p');
  p.textContent = text;
  for (const [name, value] of Object.entries(attrs)) p.setAttribute(name, value);
  document.body.append(p);
  return p;
}

function press(el: Element, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  el.dispatchEvent(event);
  return event;
}

/** Attributes as a plain record, to compare before/after. */
function attributes(el: Element): Record<string, string> {
  return Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('blurElements', () => {
  it('blurs, makes the block a focusable button and announces it', () => {
    const p = paragraph('Olivas was the mole.');
    blurElements([p]);
    expect(p.getAttribute(SPOILER_ATTR)).toBe('blurred');
    expect(p.style.getPropertyValue('filter')).toBe('blur(8px)');
    expect(p.getAttribute('tabindex')).toBe('0');
    expect(p.getAttribute('role')).toBe('button');
    expect(p.getAttribute('aria-label')).toBe(revealHint());
    expect(revealHint()).toBe('Spoiler hidden, press Enter to reveal');
  });

  it('uses the configured strength', () => {
    const p = paragraph('Twist.');
    blurElements([p], { blurPx: 14 });
    expect(p.style.getPropertyValue('filter')).toBe('blur(14px)');
  });

  it('is idempotent: blurring twice changes nothing and one click reveals', () => {
    const p = paragraph('Twist.', { style: 'color: red' });
    blurElements([p]);
    const once = attributes(p);
    blurElements([p]);
    expect(attributes(p)).toEqual(once);
    p.click();
    expect(spoilerState(p)).toBe('revealed');
    expect(p.getAttribute('style')).toBe('color: red');
  });

  it('leaves a revealed block revealed when applied again', () => {
    const p = paragraph('Twist.');
    blurElements([p]);
    revealElement(p);
    expect(blurElements([p])).toEqual([]);
    expect(spoilerState(p)).toBe('revealed');
  });

  it('takes links inside out of the tab order while blurred', () => {
    const p = paragraph('See ');
    const link = document.createElement('a');
    link.href = 'https://example.com/recap';
    p.append(link);
    blurElements([p]);
    expect(link.getAttribute('tabindex')).toBe('-1');
    p.click();
    expect(link.hasAttribute('tabindex')).toBe(false);
  });
});

describe('reveal', () => {
  it('reveals on click and restores what the page had', () => {
    const p = paragraph('Twist.', { tabindex: '-1', role: 'note', 'aria-label': 'Quote', style: 'filter: grayscale(1)' });
    const before = attributes(p);
    blurElements([p]);
    p.click();
    expect(p.getAttribute(SPOILER_ATTR)).toBe('revealed');
    const { [SPOILER_ATTR]: _state, ...after } = attributes(p);
    expect(after).toEqual(before);
  });

  it('keeps style changes the page made while the block was blurred', () => {
    const p = paragraph('Twist.');
    blurElements([p]);
    p.style.setProperty('color', 'red');
    p.click();
    expect(p.style.getPropertyValue('filter')).toBe('');
    expect(p.style.getPropertyValue('cursor')).toBe('');
    expect(p.style.getPropertyValue('color')).toBe('red');
  });

  it.each(['Enter', ' '])('reveals on the %j key', (key) => {
    const p = paragraph('Twist.');
    blurElements([p]);
    p.focus();
    const event = press(p, key);
    expect(spoilerState(p)).toBe('revealed');
    expect(event.defaultPrevented).toBe(true);
    expect(p.style.getPropertyValue('filter')).toBe('');
  });

  it('keeps keyboard focus on the revealed block until it moves on', () => {
    const p = paragraph('Twist.');
    blurElements([p]);
    p.focus();
    press(p, 'Enter');
    expect(document.activeElement).toBe(p);
    p.blur();
    expect(p.hasAttribute('tabindex')).toBe(false);
  });

  it('ignores other keys', () => {
    const p = paragraph('Twist.');
    blurElements([p]);
    press(p, 'Tab');
    expect(spoilerState(p)).toBe('blurred');
  });

  it('does not follow a link on the first click, only reveals', () => {
    const p = paragraph('Read ');
    const link = document.createElement('a');
    link.href = '#finale';
    link.textContent = 'the finale recap';
    p.append(link);
    const pageHandler = vi.fn();
    document.body.addEventListener('click', pageHandler);
    blurElements([p]);
    const first = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(first);
    expect(first.defaultPrevented).toBe(true);
    expect(pageHandler).not.toHaveBeenCalled();
    expect(spoilerState(p)).toBe('revealed');
    const second = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(second);
    expect(second.defaultPrevented).toBe(false);
    expect(pageHandler).toHaveBeenCalledOnce();
  });

  it('reveals on hover after a short dwell when asked to', () => {
    vi.useFakeTimers();
    try {
      const p = paragraph('Twist.');
      blurElements([p], { revealOn: 'hover', hoverDelayMs: 300 });
      p.dispatchEvent(new MouseEvent('mouseenter'));
      vi.advanceTimersByTime(100);
      p.dispatchEvent(new MouseEvent('mouseleave'));
      vi.advanceTimersByTime(500);
      expect(spoilerState(p)).toBe('blurred');
      p.dispatchEvent(new MouseEvent('mouseenter'));
      vi.advanceTimersByTime(300);
      expect(spoilerState(p)).toBe('revealed');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reveals a key group together and reports the key once', () => {
    const synopsis = paragraph('Sherlock returns home.');
    const still = document.createElement('img');
    document.body.append(still);
    const onReveal = vi.fn();
    blurElements([synopsis], { key: 's1e4', onReveal });
    blurElements([still], { key: 's1e4', onReveal, interactive: false });
    expect(still.hasAttribute('tabindex')).toBe(false);
    synopsis.click();
    expect(spoilerState(still)).toBe('revealed');
    expect(onReveal).toHaveBeenCalledOnce();
    expect(onReveal).toHaveBeenCalledWith({ key: 's1e4', element: synopsis });
  });
});

describe('revealAll and unblurAll', () => {
  it('revealAll reveals every blurred block', () => {
    const blocks = [paragraph('One.'), paragraph('Two.')];
    blurElements(blocks);
    revealAll(document.body);
    expect(blocks.map(spoilerState)).toEqual(['revealed', 'revealed']);
  });

  it('unblurAll removes every trace, whatever the state', () => {
    const blurred = paragraph('One.', { class: 'lede', tabindex: '3' });
    const revealed = paragraph('Two.');
    const clear = paragraph('Three.');
    const originals = [blurred, revealed, clear].map(attributes);
    blurElements([blurred, revealed], { key: 'x' });
    revealElement(revealed);
    markClear([clear]);
    unblurAll(document.body);
    expect([blurred, revealed, clear].map(attributes)).toEqual(originals);
    blurred.click();
    expect(spoilerState(blurred)).toBeNull();
  });

  it('can blur again after unblurAll', () => {
    const p = paragraph('Twist.');
    blurElements([p]);
    unblurAll(document.body);
    blurElements([p]);
    expect(spoilerState(p)).toBe('blurred');
  });
});
