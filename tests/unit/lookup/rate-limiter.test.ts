import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from '@/utils/lookup/rate-limiter';

/** A clock that only moves when the limiter sleeps. */
function steppingClock(start = 0) {
  let time = start;
  const sleeps: number[] = [];
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += Math.max(0, ms);
    },
    sleeps,
  };
}

describe('RateLimiter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never lets more than 20 starts into any 10 s window across 100 acquires', async () => {
    const clock = steppingClock(5_000);
    const limiter = new RateLimiter({ limit: 20, windowMs: 10_000, now: clock.now, sleep: clock.sleep });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 100 }, () => limiter.acquire().then(() => starts.push(clock.now()))));

    expect(starts).toHaveLength(100);
    for (const [i, start] of starts.entries()) {
      const inWindow = starts.filter((t) => t >= start && t < start + 10_000).length;
      expect(inWindow, `window starting at start #${i} (${start} ms)`).toBeLessThanOrEqual(20);
    }
    // And it does not wait longer than it must: 100 starts fit in 5 windows.
    expect(starts[0]).toBe(5_000);
    expect(starts.at(-1)! - starts[0]!).toBe(40_000);
    expect(clock.sleeps.every((ms) => ms > 0)).toBe(true);
  });

  it('serves callers in arrival order', async () => {
    const clock = steppingClock();
    const limiter = new RateLimiter({ limit: 3, windowMs: 1_000, now: clock.now, sleep: clock.sleep });
    const order: number[] = [];
    await Promise.all(Array.from({ length: 12 }, (_, i) => limiter.acquire().then(() => order.push(i))));
    expect(order).toEqual([...Array(12).keys()]);
  });

  it('spreads starts when the clock moves on its own between calls', async () => {
    const clock = steppingClock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 1_000, now: clock.now, sleep: clock.sleep });
    await limiter.acquire(); // t = 0
    clock.advance(600);
    await limiter.acquire(); // t = 600
    await limiter.acquire(); // must wait until the t = 0 start leaves the window
    expect(clock.now()).toBe(1_000);
    expect(clock.sleeps).toEqual([400]);
  });

  it('pauseFor holds every start until the pause is over', async () => {
    const clock = steppingClock(1_000);
    const limiter = new RateLimiter({ limit: 20, windowMs: 10_000, now: clock.now, sleep: clock.sleep });
    limiter.pauseFor(2_000);
    const starts: number[] = [];
    await Promise.all([1, 2, 3].map(() => limiter.acquire().then(() => starts.push(clock.now()))));
    expect(starts).toEqual([3_000, 3_000, 3_000]);
  });

  it('a shorter pause never cuts a longer one short', async () => {
    const clock = steppingClock();
    const limiter = new RateLimiter({ limit: 20, windowMs: 10_000, now: clock.now, sleep: clock.sleep });
    limiter.pauseFor(5_000);
    limiter.pauseFor(1_000);
    await limiter.acquire();
    expect(clock.now()).toBe(5_000);
  });

  it('works on real timers (faked): a paused acquire resolves only after the pause', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T12:00:00Z') });
    const limiter = new RateLimiter({ limit: 20, windowMs: 10_000 });
    limiter.pauseFor(2_000);
    let started = false;
    const acquired = limiter.acquire().then(() => {
      started = true;
    });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(started).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await acquired;
    expect(started).toBe(true);
  });

  it('on faked timers, the 21st start waits for the window', async () => {
    vi.useFakeTimers({ now: 0 });
    const limiter = new RateLimiter({ limit: 20, windowMs: 10_000 });
    const startedAt: number[] = [];
    const all = Promise.all(Array.from({ length: 21 }, () => limiter.acquire().then(() => startedAt.push(Date.now()))));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(startedAt).toHaveLength(20);
    await vi.advanceTimersByTimeAsync(1);
    await all;
    expect(startedAt.at(-1)).toBe(10_000);
  });
});
