// An article's lookups wait for its page to show the first badges, or for a while at most.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScanGates } from '@/utils/articles/spot/scan-gates';

afterEach(() => {
  vi.useRealTimers();
});

describe('ScanGates', () => {
  it('opens a scan’s gate when its page says the badges are up, and no other', async () => {
    const gates = new ScanGates(60_000);
    const opened: string[] = [];
    const a = gates.wait('a').then(() => opened.push('a'));
    void gates.wait('b').then(() => opened.push('b'));
    gates.shown('unknown scan');
    gates.shown('a');
    await a;
    expect(opened).toEqual(['a']);
  });

  it('opens by itself when the page never says so', async () => {
    vi.useFakeTimers();
    const gates = new ScanGates(1_000);
    let open = false;
    void gates.wait('gone').then(() => (open = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(open).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(open).toBe(true);
  });
});
