// Worker only: the year an article was written, which decides between same-name shows and flags reboots.
import type { ArticleReading } from '../reading';

/** The year of the page's own date, else of its dated address; null when neither gives one. */
export function yearOfArticle(reading: Pick<ArticleReading, 'published' | 'url'>): number | null {
  return Number(reading.published?.slice(0, 4)) || yearInAddress(reading.url);
}

/**
 * The year in a news address's dated path ("/2019/11/…", "/2018/tv/news/…", "/2019/nov/05/…",
 * "…/20210511/…"), for pages whose markup gives no date. A year inside a slug ("best-shows-of-2019") is not one.
 */
export function yearInAddress(url: string): number | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const year = Number(/\/((?:19|20)\d\d)(?:\/|(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\/)/.exec(path)?.[1]);
  return year >= 1990 && year <= new Date().getFullYear() + 1 ? year : null;
}
