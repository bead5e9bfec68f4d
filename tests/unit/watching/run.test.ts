import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '@/utils/storage/settings';
import { saveWatchedShows, type WatchedShow } from '@/utils/storage/watched-shows';
import {
  badgeText,
  handleCheckWatchedNow,
  notificationMessages,
  registerWatchChecker,
  runWatchCheck,
  showUnseenCount,
  WATCH_ALARM,
} from '@/utils/watching';
import { listRecentChanges, markRecentChangesSeen, type StatusChange } from '@/utils/watching/recent-changes';
import { fakeTvmazeApi, HOUR, START, tvmazeShow } from '../../support/fake-tvmaze-api';
import { tvmazeRef } from '@/utils/shows/show-ref';

const ballard: WatchedShow = {
  ref: tvmazeRef(900001),
  name: 'Ballard',
  progress: null,
  protectSpoilers: true, inCalendar: true,
  addedAt: 1,
  lastStatus: 'awaiting',
  lastCheckedAt: START - 12 * HOUR,
};

/** Ballard renewed on TVmaze an hour ago. */
async function renewedBallard() {
  await saveWatchedShows([ballard]);
  const api = fakeTvmazeApi([{ ...tvmazeShow(900001, { renewed: true }), name: 'Ballard' }], {
    900001: Math.floor((START - HOUR) / 1000),
  });
  return { source: api.source, lookups: api.lookups, now: api.now };
}

const change = (id: string, seen = false): StatusChange => ({
  id,
  ref: tvmazeRef(1),
  name: 'Ballard',
  from: 'awaiting',
  to: 'renewed',
  detail: { nextSeason: 2 },
  at: 5,
  seen,
});

const notificationsCreated = () => Object.values(fakeBrowser.notifications.getAllCreateOptions());

beforeEach(() => {
  fakeBrowser.reset();
});

describe('runWatchCheck', () => {
  it('records the change and notifies "Greenlit: Ballard — renewed for season 2"', async () => {
    expect(await runWatchCheck(await renewedBallard())).toEqual({ checked: 1, changes: 1 });
    expect((await listRecentChanges()).map((c) => [c.name, c.to, c.detail])).toEqual([['Ballard', 'renewed', { nextSeason: 2 }]]);
    expect(notificationsCreated()).toEqual([
      expect.objectContaining({ type: 'basic', title: 'Greenlit', message: 'Ballard — renewed for season 2' }),
    ]);
  });

  it('with notifications off creates none but still records the change', async () => {
    await updateSettings({ notificationsEnabled: false });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await runWatchCheck(await renewedBallard())).toEqual({ checked: 1, changes: 1 });
    expect(create).not.toHaveBeenCalled();
    expect(await listRecentChanges()).toHaveLength(1);
  });

  it('makes one summary notification for many changes', () => {
    const many = ['a', 'b', 'c', 'd'].map((id) => change(id));
    expect(notificationMessages(many)).toEqual([
      expect.objectContaining({ message: '4 of your shows changed status, among them Ballard and Ballard. Open Greenlit to see them.' }),
    ]);
    expect(notificationMessages(many.slice(0, 3))).toHaveLength(3);
  });
});

describe('toolbar badge', () => {
  it('shows the unseen count, blank at zero', async () => {
    await showUnseenCount([change('a'), change('b'), change('c', true)]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await showUnseenCount([change('c', true)]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(badgeText(150)).toBe('99+');
  });
});

describe('registerWatchChecker', () => {
  it('schedules the alarm twice a day, once: a worker restart must not push the next run back', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const deps = await renewedBallard();
    registerWatchChecker(deps);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(WATCH_ALARM)).toMatchObject({ periodInMinutes: 720 }));
    registerWatchChecker(deps);
    await new Promise((r) => setTimeout(r, 20));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('checks on the alarm, keeps the badge in sync and opens options on a notification click', async () => {
    const checker = registerWatchChecker(await renewedBallard());
    await fakeBrowser.alarms.onAlarm.trigger({ name: WATCH_ALARM, scheduledTime: START, persistAcrossSessions: true });
    await vi.waitFor(async () => expect(await listRecentChanges()).toHaveLength(1));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    await markRecentChangesSeen();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));

    // Nothing changed since: the manual check refetches nothing.
    expect(await handleCheckWatchedNow(checker)).toEqual({ checked: 0, changes: 0 });

    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    const [id] = Object.keys(fakeBrowser.notifications.getAllCreateOptions());
    await fakeBrowser.notifications.onClicked.trigger(id!);
    await fakeBrowser.notifications.onClicked.trigger('someone-else');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('shares one run between overlapping triggers', async () => {
    const checker = registerWatchChecker(await renewedBallard());
    const [a, b] = await Promise.all([checker.checkNow(), checker.checkNow()]);
    expect(a).toBe(b);
    expect(await listRecentChanges()).toHaveLength(1);
  });
});
