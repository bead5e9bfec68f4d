import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SNOOZE_MS } from '@/components/popup/SnoozeControl';
import { getSettings, updateSettings } from '@/utils/storage/settings';
import { button, click, control, fakeServices, NOW, renderPopup, settle } from '../../support/render-popup';

let cleanup: (() => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function open(services = fakeServices()) {
  const popup = await renderPopup(services);
  cleanup = popup.unmount;
  return popup.container;
}

describe('popup switches', () => {
  it('shows the stored settings as native switches', async () => {
    const popup = await open();
    const blur = control(popup, 'Blur spoilers');
    const badges = control(popup, 'Show status badges');
    expect(blur.type).toBe('checkbox');
    expect(blur.getAttribute('role')).toBe('switch');
    expect(blur.checked).toBe(true);
    expect(badges.checked).toBe(true);
  });

  it('saves "Blur spoilers" and "Show status badges"', async () => {
    const popup = await open();
    await click(control(popup, 'Blur spoilers'));
    expect(await getSettings()).toMatchObject({ spoilerBlurEnabled: false, badgesEnabled: true });
    expect(control(popup, 'Blur spoilers').checked).toBe(false);

    await click(control(popup, 'Show status badges'));
    expect(await getSettings()).toMatchObject({ spoilerBlurEnabled: false, badgesEnabled: false });

    await click(control(popup, 'Blur spoilers'));
    expect((await getSettings()).spoilerBlurEnabled).toBe(true);
  });

  it('follows settings changed elsewhere while open', async () => {
    const popup = await open();
    await updateSettings({ badgesEnabled: false });
    await settle();
    expect(control(popup, 'Show status badges').checked).toBe(false);
  });

  it('saves the reveal mode from the radio group', async () => {
    const popup = await open();
    const fieldset = popup.querySelector('fieldset');
    expect(fieldset?.querySelector('legend')?.textContent).toBe('Reveal a spoiler');
    expect(control(popup, 'On click').checked).toBe(true);
    await click(control(popup, 'On hover'));
    expect((await getSettings()).revealOn).toBe('hover');
  });

  it('saves the blur strength when the slider is released', async () => {
    const popup = await open();
    const slider = control(popup, 'Blur strength');
    expect(slider).toMatchObject({ type: 'range', min: '2', max: '20', value: '8' });
    slider.value = '14';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect((await getSettings()).blurStrength).toBe(8);
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect((await getSettings()).blurStrength).toBe(14);
  });
});

describe('pause on this site', () => {
  it('adds and removes the tab hostname', async () => {
    await updateSettings({ pausedSites: ['netflix.com'] });
    const popup = await open();
    const pause = control(popup, 'Pause on this site');
    expect(pause.checked).toBe(false);
    expect(popup.textContent).toContain('www.techradar.com');

    await click(pause);
    expect((await getSettings()).pausedSites).toEqual(['netflix.com', 'techradar.com']);
    expect(control(popup, 'Pause on this site').checked).toBe(true);

    await click(control(popup, 'Pause on this site'));
    expect((await getSettings()).pausedSites).toEqual(['netflix.com']);
  });

  it('resuming a subdomain lifts the pause on its parent domain', async () => {
    await updateSettings({ pausedSites: ['techradar.com'] });
    const popup = await open();
    expect(control(popup, 'Pause on this site').checked).toBe(true);
    await click(control(popup, 'Pause on this site'));
    expect((await getSettings()).pausedSites).toEqual([]);
  });

  it('is not offered on browser pages', async () => {
    const popup = await open(fakeServices({ activeTab: async () => ({ id: 3, url: 'chrome://newtab/' }) }));
    expect(() => control(popup, 'Pause on this site')).toThrow();
  });
});

describe('snooze', () => {
  it('snoozes for one hour, shows until when, and resumes', async () => {
    const popup = await open();
    await click(button(popup, 'Snooze for 1 hour'));
    const { snoozedUntil } = await getSettings();
    expect(snoozedUntil).toBe(NOW + SNOOZE_MS);
    // In the browser's language and clock (en-US here: "10:30 AM").
    const clock = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' }).format(NOW + SNOOZE_MS);
    expect(popup.textContent).toContain(`Snoozed until ${clock}`);

    await click(button(popup, 'Resume'));
    expect((await getSettings()).snoozedUntil).toBeNull();
    expect(button(popup, 'Snooze for 1 hour')).toBeTruthy();
  });

  it('treats a past snooze as over', async () => {
    await updateSettings({ snoozedUntil: NOW - 1 });
    const popup = await open();
    expect(button(popup, 'Snooze for 1 hour')).toBeTruthy();
  });
});

describe('reveal all on this page', () => {
  it('asks the active tab and says how many were revealed', async () => {
    const revealAll = vi.fn(async () => 3);
    const popup = await open(fakeServices({ revealAll }));
    await click(button(popup, 'Reveal all on this page'));
    expect(revealAll).toHaveBeenCalledWith(7);
    expect(popup.querySelector('.reveal-all [role="status"]')?.textContent).toBe('Revealed 3 spoilers.');
  });

  it('says so when the page has no Greenlit content script', async () => {
    const revealAll = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const popup = await open(fakeServices({ revealAll }));
    await click(button(popup, 'Reveal all on this page'));
    expect(popup.querySelector('.reveal-all [role="status"]')?.textContent).toMatch(/not running on this page/);
  });
});

describe('footer', () => {
  it('opens the options page and credits TVmaze', async () => {
    const services = fakeServices();
    const popup = await open(services);
    await click(button(popup, 'Watched shows & settings'));
    expect(services.openOptions).toHaveBeenCalled();
    const credit = popup.querySelector<HTMLAnchorElement>('a[href="https://www.tvmaze.com/"]');
    expect(credit?.textContent).toBe('TVmaze');
  });
});
