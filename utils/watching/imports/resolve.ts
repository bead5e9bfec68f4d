// Worker only: one import entry → the show it means, through the lookup service (cache, limiter, 429s).
import { isConfidentMatch } from '../../lookup/matching';
import type { ExternalIdKind, SourceCandidate } from '../../sources/show-source';
import type { Resolution, ShowCandidate } from './merge-plan';
import type { ImportEntry } from './types';

/** What resolving asks of the worker's lookup service. */
export interface ResolverLookups {
  candidates(title: string): Promise<SourceCandidate[]>;
  byExternalId(kind: ExternalIdKind, id: string): Promise<SourceCandidate | null>;
}

/**
 * Same-name shows are ambiguous unless one is far better known (TVmaze weight, 0–100): "Dark"
 * (2017, 97) beside a forgotten "Dark" (30) is the Netflix one; the US and UK "Shameless" (99, 92)
 * are for the user to tell apart.
 */
export const CLEAR_WINNER_WEIGHT = 25;
/** Choices offered for an ambiguous title. */
export const MAX_CHOICES = 6;

/** "US", "U.S.", "USA" → "US"; "UK", "U.K." → "GB"; other two-letter codes as they are. */
const COUNTRY_ALIASES: Record<string, string> = { US: 'US', USA: 'US', UK: 'GB', GB: 'GB' };

/**
 * A trailing qualifier exports add to tell same-name shows apart: "The Office (U.S.)",
 * "Doctor Who (2005)". The qualifier is a hint; the name without it is what sources list.
 */
export function titleQualifier(title: string): { base: string; year?: number; country?: string } {
  const match = /^(.*\S)\s*\(\s*((?:19|20)\d\d|[A-Za-z.]{2,6})\s*\)$/.exec(title.trim());
  if (!match) return { base: title.trim() };
  const [, base, qualifier] = match as unknown as [string, string, string];
  if (/^\d{4}$/.test(qualifier)) return { base, year: Number(qualifier) };
  const code = qualifier.replace(/\./g, '').toUpperCase();
  const country = COUNTRY_ALIASES[code] ?? (code.length === 2 ? code : undefined);
  return country ? { base, country } : { base: title.trim() };
}

export function toShowCandidate(candidate: SourceCandidate): ShowCandidate {
  return { ref: candidate.ref, name: candidate.name, network: candidate.channels[0] ?? null, year: candidate.premieredYear };
}

/** Keeps the candidates that fit, unless none does (then the hint was wrong, not the show). */
function narrow(candidates: SourceCandidate[], fits: (c: SourceCandidate) => boolean): SourceCandidate[] {
  const kept = candidates.filter(fits);
  return kept.length > 0 ? kept : candidates;
}

/**
 * Ids first (one request, no doubt), then the title: only confident matches (same name or a known
 * alias) count, narrowed by the year and country the export gives; several left → ambiguous.
 * Lookup failures are thrown for the caller to retry.
 */
export async function resolveEntry(entry: ImportEntry, lookups: ResolverLookups): Promise<Resolution> {
  const ids: [ExternalIdKind, string | undefined][] = [
    ['thetvdb', entry.ids.tvdb === undefined ? undefined : String(entry.ids.tvdb)],
    ['imdb', entry.ids.imdb],
  ];
  for (const [kind, id] of ids) {
    if (!id) continue;
    const found = await lookups.byExternalId(kind, id);
    if (found) return { kind: 'matched', show: toShowCandidate(found) };
  }

  const { base, year = entry.year, country } = titleQualifier(entry.title);
  const listed = await lookups.candidates(base);
  let confident = listed.filter((c) => isConfidentMatch(base, c) || isConfidentMatch(entry.title, c));
  if (confident.length === 0) return { kind: 'not-found' };
  if (year !== undefined) {
    confident = narrow(confident, (c) => c.premieredYear === year);
    confident = narrow(confident, (c) => c.premieredYear !== null && Math.abs(c.premieredYear - year) <= 1);
  }
  if (country) confident = narrow(confident, (c) => c.country === country);

  const ranked = [...confident].sort((a, b) => b.weight - a.weight);
  const [best, second] = ranked as [SourceCandidate, SourceCandidate | undefined];
  if (!second || best.weight - second.weight >= CLEAR_WINNER_WEIGHT) return { kind: 'matched', show: toShowCandidate(best) };
  return { kind: 'ambiguous', candidates: ranked.slice(0, MAX_CHOICES).map(toShowCandidate) };
}
