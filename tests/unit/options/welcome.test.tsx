// First run: installing opens the options page once at #welcome (never on updates); the welcome says
// what Greenlit does, explains every permission the manifest asks for, and leads to the show search.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { PERMISSION_NOTES } from '@/components/options/Welcome';
import { sendMessage } from '@/utils/messaging/protocol';
import { registerFirstRun, WELCOME_HASH } from '@/utils/onboarding/first-run';
import config from '../../../wxt.config';
import { buttonNamed, click, mount, unmountAll, waitFor } from '../../support/dom';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn(async () => ({ saved: false })) }));

const optionsTabs = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter((url) => url?.includes('options.html'));

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockClear();
});
afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname);
});

describe('registerFirstRun', () => {
  it('opens the options page at its welcome once, on install', async () => {
    registerFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await optionsTabs()).toEqual([`chrome-extension://${fakeBrowser.runtime.id}/options.html${WELCOME_HASH}`]);
  });

  it.each(['update', 'chrome_update', 'shared_module_update'] as const)('opens nothing on %s', async (reason) => {
    registerFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: '0.1.0' } as never);
    expect(await optionsTabs()).toEqual([]);
  });
});

describe('the welcome', () => {
  it('shows only at #welcome', () => {
    const plain = mount(<OptionsApp />);
    expect(plain.querySelector('.welcome')).toBeNull();
    location.hash = WELCOME_HASH;
    const welcomed = mount(<OptionsApp />);
    const welcome = welcomed.querySelector('.welcome')!;
    expect(welcome.querySelector('h2')?.textContent).toBe('Welcome to Greenlit');
    expect(document.activeElement).toBe(welcome.querySelector('h2'));
    expect(welcome.textContent).toContain('Greenlit puts a small badge after TV show titles');
    expect([...welcome.querySelectorAll('dt')].map((dt) => dt.textContent)).toContain('Reach api.tvmaze.com');
  });

  it('"Add your shows" goes to the show search and the welcome does not come back', async () => {
    location.hash = WELCOME_HASH;
    const root = mount(<OptionsApp />);
    click(buttonNamed(root, 'Add your shows'));
    await waitFor(() => expect(root.querySelector('.welcome')).toBeNull());
    expect(document.activeElement?.getAttribute('role')).toBe('combobox');
    expect(location.hash).toBe('');
  });

  it('"Got it" closes it', async () => {
    location.hash = WELCOME_HASH;
    const root = mount(<OptionsApp />);
    click(buttonNamed(root, 'Got it'));
    await waitFor(() => expect(root.querySelector('.welcome')).toBeNull());
  });

  it('explains every permission the manifest asks for', () => {
    const manifest = config.manifest;
    if (typeof manifest !== 'function') throw new Error('wxt.config.ts manifest is expected to be a function');
    const covered = new Set(PERMISSION_NOTES.flatMap((note) => note.covers));
    for (const [browserName, manifestVersion] of [['chrome', 3], ['firefox', 2]] as const) {
      const built = manifest({ browser: browserName, manifestVersion, mode: 'production', command: 'build' }) as Record<string, unknown>;
      const asked = [...((built.permissions as string[]) ?? []), ...['host_permissions', 'optional_host_permissions'].filter((key) => key in built)];
      for (const permission of asked) expect(covered.has(permission), `${browserName}: ${permission}`).toBe(true);
    }
    // The content scripts' sites are explained too.
    expect(covered.has('content_scripts')).toBe(true);
  });
});
