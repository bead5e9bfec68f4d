import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { CORRECTIONS_VERSION, correctionsItem, correctionSchema } from '@/utils/storage/corrections';
import { REVEALED_BLOCKS_VERSION, revealedBlocksItem, revealedBlocksSchema } from '@/utils/storage/revealed-blocks';
import { REVEALED_EPISODES_VERSION, revealedEpisodesItem } from '@/utils/storage/revealed-episodes';
import { SETTINGS_VERSION, settingsItem, settingsSchema } from '@/utils/storage/settings';
import { STORAGE_NOTICES_VERSION, storageNoticeSchema, storageNoticesItem } from '@/utils/storage/storage-notices';
import {
  WATCHED_SHOWS_VERSION,
  watchedShowsItem,
  watchedShowsSchema,
  type WatchedShow,
} from '@/utils/storage/watched-shows';
import { RECENT_CHANGES_VERSION, recentChangesItem, statusChangeSchema } from '@/utils/watching/recent-changes';

interface Versioned {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any item shape
  item: WxtStorageItem<any, any>;
  version: number;
  schema: z.ZodMiniType;
  /** What every version of the fixture must agree on after migrating (fields older versions lacked are left out). */
  essence?: (value: never) => unknown;
  /** Other stored items a migration reads, as fixture files at their current version. */
  seed?: string[];
}

/** Every versioned item; each needs `tests/fixtures/storage/<name>.v<N>.json` for N = 1..version. */
const VERSIONED: Record<string, Versioned> = {
  corrections: { item: correctionsItem, version: CORRECTIONS_VERSION, schema: z.array(correctionSchema) },
  'recent-changes': { item: recentChangesItem, version: RECENT_CHANGES_VERSION, schema: z.array(statusChangeSchema) },
  // Keyed by show name in v1: the migration finds each name's ShowRef in the watched list.
  'revealed-episodes': {
    item: revealedEpisodesItem,
    version: REVEALED_EPISODES_VERSION,
    schema: z.record(z.string().check(z.regex(/^tvmaze:\d+$/)), z.array(z.string())),
    seed: ['watched-shows'],
  },
  'revealed-blocks': { item: revealedBlocksItem, version: REVEALED_BLOCKS_VERSION, schema: revealedBlocksSchema },
  settings: { item: settingsItem, version: SETTINGS_VERSION, schema: settingsSchema },
  'storage-notices': {
    item: storageNoticesItem,
    version: STORAGE_NOTICES_VERSION,
    schema: z.array(storageNoticeSchema),
  },
  'watched-shows': {
    item: watchedShowsItem,
    version: WATCHED_SHOWS_VERSION,
    schema: watchedShowsSchema,
    essence: (shows: WatchedShow[]) => shows.map(({ ref, name, progress }) => ({ ref, name, progress })),
  },
};

const fixturesDir = join(import.meta.dirname, '../../fixtures/storage');
const readFixture = (file: string): unknown => JSON.parse(readFileSync(join(fixturesDir, file), 'utf8'));

beforeEach(() => {
  fakeBrowser.reset();
});

it('migrates every stored fixture version to a value the current schema accepts', async () => {
  const files = readdirSync(fixturesDir).filter((f) => f.endsWith('.json'));
  for (const file of files) {
    const match = /^(.+)\.v(\d+)\.json$/.exec(file);
    expect(match, `fixture ${file} must be named <item>.v<N>.json`).not.toBeNull();
    const spec = VERSIONED[match![1]!];
    expect(spec, `fixture ${file} has no registered item`).toBeDefined();
    expect(Number(match![2]), `fixture ${file} is newer than the code`).toBeLessThanOrEqual(spec!.version);
  }

  for (const [name, spec] of Object.entries(VERSIONED)) {
    const driverKey = spec.item.key.replace(/^local:/, '');
    const latest = readFixture(`${name}.v${spec.version}.json`);
    expect(spec.schema.safeParse(latest).success, `${name}.v${spec.version}.json must be valid`).toBe(true);

    for (let version = 1; version <= spec.version; version++) {
      const label = `${name} v${version} → v${spec.version}`;
      fakeBrowser.reset();
      for (const other of spec.seed ?? []) {
        const seeded = VERSIONED[other]!;
        const key = seeded.item.key.replace(/^local:/, '');
        await fakeBrowser.storage.local.set({ [key]: readFixture(`${other}.v${seeded.version}.json`), [`${key}$`]: { v: seeded.version } });
      }
      await fakeBrowser.storage.local.set({ [driverKey]: readFixture(`${name}.v${version}.json`), [`${driverKey}$`]: { v: version } });

      await spec.item.migrate();

      const stored = await fakeBrowser.storage.local.get([driverKey, `${driverKey}$`]);
      const parsed = spec.schema.safeParse(stored[driverKey]);
      expect(parsed.error?.issues, label).toBeUndefined();
      expect(stored[`${driverKey}$`], label).toEqual({ v: spec.version });
      const essence = spec.essence ?? ((value: unknown) => value);
      expect(essence(parsed.data as never), label).toEqual(essence(latest as never));
    }
  }
});
