// Pages read storage through the worker: these are the worker's answers, through the real messages,
// as a content script sends them (utils/page/stored-state.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/utils/messaging/protocol';
import {
  pageSettings,
  protectedShows,
  rememberRevealedBlock,
  rememberRevealedEpisode,
  revealedBlocks,
  revealedEpisodes,
  onStoredChange,
} from '@/utils/page/stored-state';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { DEFAULT_SETTINGS, settingsItem, updateSettings } from '@/utils/storage/settings';
import { saveWatchedShows, newWatchedShow } from '@/utils/storage/watched-shows';
import { answerPageRequests } from '../../support/page-requests';

const ARTICLE = 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2';

beforeEach(() => {
  fakeBrowser.reset();
  answerPageRequests();
});

describe('the worker answers what pages need from storage', () => {
  it('gives the settings, salvaged: a stored value out of range falls back to its default', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, blurStrength: 500, revealOn: 'hover' });
    expect(await pageSettings()).toEqual({ ...DEFAULT_SETTINGS, revealOn: 'hover' });
  });

  it('gives only the shows with protection on, and only what the shields read', async () => {
    await saveWatchedShows([
      { ...newWatchedShow(tvmazeRef(1), 'Severance', 1, { season: 2, episode: 3 }), protectSpoilers: true },
      { ...newWatchedShow(tvmazeRef(2), 'Ballard', 1), protectSpoilers: false },
    ]);
    expect(await protectedShows()).toEqual([{ ref: tvmazeRef(1), name: 'Severance', progress: { season: 2, episode: 3 }, protectSpoilers: true }]);
  });

  it('remembers reveals of article blocks per page, and of episodes per show', async () => {
    await rememberRevealedBlock(`${ARTICLE}#recap`, 'b1abc');
    expect(await revealedBlocks(ARTICLE)).toEqual(new Set(['b1abc']));
    await rememberRevealedEpisode(tvmazeRef(1), 's2e4');
    expect(await revealedEpisodes(tvmazeRef(1))).toEqual(['s2e4']);
    expect(await revealedEpisodes(tvmazeRef(2))).toEqual([]);
  });

  it('refuses a malformed request with an error that names the field, and stores nothing', async () => {
    await expect(sendMessage('rememberRevealedBlock', { url: ARTICLE, key: 'x'.repeat(500) })).rejects.toThrow(/rememberRevealedBlock.*key/);
    await expect(sendMessage('revealedEpisodes', { ref: { source: 'nowhere', id: '1' } } as never)).rejects.toThrow(/revealedEpisodes.*ref/);
    expect(await revealedBlocks(ARTICLE)).toEqual(new Set());
  });
});

describe('onStoredChange', () => {
  it('tells the page that an item it follows changed, and nothing else', async () => {
    const heard: string[] = [];
    const stop = onStoredChange(['settings'], () => heard.push('settings'));
    await saveWatchedShows([newWatchedShow(tvmazeRef(1), 'Severance', 1)]);
    await updateSettings({ blurStrength: 12 });
    stop();
    await updateSettings({ blurStrength: 14 });
    expect(heard).toEqual(['settings']);
  });
});
