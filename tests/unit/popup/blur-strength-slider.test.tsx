// The blur slider keeps the value the user chose while its save is in flight: a late settings update
// from an earlier save (another control's) must not pull the thumb back, or the next key press is lost.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { BlurStrengthSlider } from '@/components/popup/BlurStrengthSlider';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const commits: number[] = [];
function show(value: number) {
  act(() => render(<BlurStrengthSlider value={value} onCommit={(v) => commits.push(v)} />, container));
  return container.querySelector<HTMLInputElement>('input[type=range]')!;
}
function move(slider: HTMLInputElement, to: number) {
  act(() => {
    slider.value = String(to);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    slider.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('BlurStrengthSlider', () => {
  beforeEach(() => (commits.length = 0));

  it('ignores an older value that arrives while its own save is in flight', () => {
    const slider = show(8);
    move(slider, 9);
    expect(show(8).value).toBe('9');
    move(slider, 10);
    expect(commits).toEqual([9, 10]);
    expect(show(9).value).toBe('10');
    expect(show(10).value).toBe('10');
  });

  it('keeps the user’s value while it has focus, even after its save was echoed and an older value lands', () => {
    const slider = show(8);
    act(() => void slider.dispatchEvent(new FocusEvent('focus')));
    move(slider, 9);
    show(9);
    expect(show(8).value).toBe('9');
    act(() => void slider.dispatchEvent(new FocusEvent('blur')));
    expect(show(12).value).toBe('12');
  });

  it('follows changes made elsewhere once its save has landed', () => {
    const slider = show(8);
    move(slider, 9);
    show(9);
    expect(show(15).value).toBe('15');
    expect(container.querySelector('output')!.textContent).toContain('15');
  });
});
