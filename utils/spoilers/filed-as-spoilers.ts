/**
 * Pages a site itself files as spoilers: a "Spoilers" section, tag or breadcrumb, a `/spoilers/`
 * folder in the URL, or `article:section` / `news_keywords` / `keywords` meta saying so. Pure.
 */

export interface PageFiling {
  /** The page's URL (only its path is read). */
  url?: string;
  /** `article:section`, JSON-LD `articleSection`. */
  sections?: readonly string[];
  /** `news_keywords`, `keywords`, `article:tag`, JSON-LD `keywords`: one entry per keyword. */
  keywords?: readonly string[];
  /** Texts of tag links, breadcrumb items and the section label shown on the page. */
  labels?: readonly string[];
}

export type FilingSignal = 'url' | 'section' | 'keyword' | 'label';

export interface SpoilerFiling {
  signal: FilingSignal;
  /** The URL folder, section, keyword or label that said so. */
  evidence: string;
}

/**
 * A whole entry that names a spoiler category: "Spoilers", "Soap spoilers", "Emmerdale Spoilers",
 * "TV spoilers". Not "Spoiler-free", "No spoilers", "Spoiler Alert" (a film), "spoiler policy".
 */
const SPOILER_CATEGORY = /^(?:(?:[\p{L}\p{N}'’&.:-]+ ){0,4}spoilers|spoiler)$/iu;
const NOT_CATEGORY = /\b(?:no|free|without|avoid\w*)\b|spoiler[- ]free/i;

/** A folder (not the slug) named like a spoiler category: /spoilers/, /soap-spoilers/. */
const SPOILER_FOLDER = /^(?:[a-z0-9]+-)*spoilers?$/;

function isSpoilerCategory(entry: string): boolean {
  const text = entry.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return text.length <= 60 && SPOILER_CATEGORY.test(text) && !NOT_CATEGORY.test(text);
}

function spoilerFolder(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  // The last segment is the slug: it echoes the headline ("…-cast-spoilers-schedule"), not a filing.
  const folders = path.split('/').filter(Boolean).slice(0, -1);
  return folders.find((folder) => SPOILER_FOLDER.test(decodeURIComponent(folder).toLowerCase())) ?? null;
}

export function findSpoilerFiling(page: PageFiling): SpoilerFiling | null {
  const folder = page.url ? spoilerFolder(page.url) : null;
  if (folder) return { signal: 'url', evidence: `/${folder}/` };
  const lists: [FilingSignal, readonly string[] | undefined][] = [
    ['section', page.sections],
    ['label', page.labels],
    ['keyword', page.keywords],
  ];
  for (const [signal, entries] of lists) {
    const hit = entries?.find(isSpoilerCategory);
    if (hit) return { signal, evidence: hit.trim() };
  }
  return null;
}
