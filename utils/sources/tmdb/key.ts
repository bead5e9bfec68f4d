import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { i18n } from '../../i18n/messages';
import { ApiError } from '../../lookup/http';
import { TMDB_ORIGIN_PATTERN, type TmdbClient } from './client';

/** Read by the background only: content scripts never get the key, nor anything that quotes it. */
export const tmdbApiKeyItem = storage.defineItem<string | null>('local:tmdbApiKey', { fallback: null });

export async function getTmdbKey(): Promise<string | null> {
  const value = await tmdbApiKeyItem.getValue();
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

export type SetTmdbKeyResult = { ok: true } | { ok: false; error: string };

const setKeyRequestSchema = z.object({ key: z.nullable(z.string().check(z.maxLength(200))) });

/** Sentences for the options page, worded in the reader's language when the key is checked. */
export const TMDB_ERRORS = {
  badRequest: () => i18n.t('tmdbKey.badRequest'),
  permission: () => i18n.t('tmdbKey.permission'),
  rejected: () => i18n.t('tmdbKey.rejected'),
  offline: () => i18n.t('tmdbKey.offline'),
  busy: () => i18n.t('tmdbKey.busy'),
} as const;

export function hasTmdbPermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: [TMDB_ORIGIN_PATTERN] });
}

/** The `setTmdbKey` message: checks the key with one call before storing it; `null` removes it. */
export async function handleSetTmdbKey(
  client: TmdbClient,
  data: unknown,
  hasPermission: () => Promise<boolean> = hasTmdbPermission,
): Promise<SetTmdbKeyResult> {
  const request = setKeyRequestSchema.safeParse(data);
  if (!request.success) return { ok: false, error: TMDB_ERRORS.badRequest() };
  if (request.data.key === null) {
    await tmdbApiKeyItem.removeValue();
    return { ok: true };
  }
  const key = request.data.key.trim();
  if (!key) return { ok: false, error: TMDB_ERRORS.badRequest() };
  if (!(await hasPermission().catch(() => false))) return { ok: false, error: TMDB_ERRORS.permission() };
  try {
    await client.checkKey(key);
  } catch (error) {
    return { ok: false, error: checkError(error) };
  }
  await tmdbApiKeyItem.setValue(key);
  return { ok: true };
}

function checkError(error: unknown): string {
  if (!(error instanceof ApiError)) return TMDB_ERRORS.offline();
  if (error.status === 401) return TMDB_ERRORS.rejected();
  if (error.kind === 'offline') return TMDB_ERRORS.offline();
  if (error.kind === 'rate-limited' || error.kind === 'server') return TMDB_ERRORS.busy();
  return i18n.t('tmdbKey.failed', [error.message]);
}
