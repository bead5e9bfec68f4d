import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popup } from '@/components/popup/Popup';
import type { PopupServices } from '@/components/popup/popup-services';
import type { SiteAccessApi } from '@/utils/site-access';

export const NOW = Date.UTC(2026, 2, 14, 9, 30);

/** Fake permissions/scripting APIs that remember what was granted and registered. */
export function fakeSiteAccessApi(options: { grant?: boolean; contentScripts?: { matches: string[]; js: string[] }[] } = {}) {
  const granted = new Set<string>();
  const registered = new Map<string, { id: string; matches?: string[]; js?: string[] }>();
  const injected: { tabId: number; files: string[] }[] = [];
  const api: SiteAccessApi = {
    permissions: {
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        if (!(options.grant ?? true)) return false;
        for (const origin of origins) granted.add(origin);
        return true;
      }),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => {
        for (const origin of origins) granted.delete(origin);
        return true;
      }),
      getAll: vi.fn(async () => ({ origins: [...granted] })),
    },
    scripting: {
      registerContentScripts: vi.fn(async (scripts) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      }),
      unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
        for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
      }),
      getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
        [...registered.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
      ),
      executeScript: vi.fn(async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        injected.push({ tabId: target.tabId, files });
        return [];
      }),
    },
    runtime: {
      getManifest: () => ({
        content_scripts: options.contentScripts ?? [
          { matches: ['https://techradar.com/*', 'https://*.techradar.com/*'], js: ['content-scripts/content.js'] },
        ],
        host_permissions: ['https://api.tvmaze.com/*'],
      }),
    },
  };
  return { api, granted, registered, injected };
}

export function fakeServices(overrides: Partial<PopupServices> = {}): PopupServices {
  return {
    activeTab: async () => ({ id: 7, url: 'https://www.techradar.com/streaming/ballard' }),
    revealAll: vi.fn(async () => 0),
    badgesOnPage: vi.fn(async () => []),
    openOptions: vi.fn(),
    siteAccessApi: fakeSiteAccessApi().api,
    now: () => NOW,
    ...overrides,
  };
}

/** Lets pending promises and storage events settle, inside act so Preact re-renders. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function renderPopup(services: PopupServices = fakeServices()) {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(<Popup services={services} />, container);
  });
  await settle();
  return {
    container,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** The form control whose label (or legend-free label text) contains `text`. */
export function control<T extends HTMLElement = HTMLInputElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.includes(text));
  const input = label?.querySelector('input') ?? (label?.htmlFor ? container.querySelector(`[id="${label.htmlFor}"]`) : null);
  if (!input) throw new Error(`no control labelled "${text}"`);
  return input as T;
}

export function button(container: HTMLElement, text: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export async function click(element: HTMLElement): Promise<void> {
  await act(() => {
    element.click();
  });
  await settle();
}
