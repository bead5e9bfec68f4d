import type { TitleHints } from '../sites/site-adapter';

/** Networks and services a writer puts before a title: "HBO's Girls", "the BBC's The Office". */
const NETWORKS = [
  'ABC', 'AMC', 'Apple TV+', 'Apple TV', 'BBC', 'BBC One', 'BBC Two', 'Bravo', 'CBS', 'Channel 4', 'Comedy Central',
  'Disney+', 'FX', 'Fox', 'Freeform', 'HBO', 'Hulu', 'ITV', 'Max', 'NBC', 'Netflix', 'Paramount+', 'PBS', 'Peacock',
  'Prime Video', 'Amazon', 'Showtime', 'Sky', 'Starz', 'Syfy', 'TBS', 'The CW', 'TNT', 'USA Network',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NETWORK_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${NETWORKS.map(escape).join('|')})['’]s\s+(?:(?:new|hit|original|series|show|drama|comedy|sitcom)\s+)*[“"]?$`,
  'u',
);
const YEAR_AFTER = /^[”"]?\s*\(((?:19|20)\d\d)\)/u;
/** "the 1985 MacGyver", "the original 2004 Battlestar Galactica": a year that qualifies the title, not a date ("In 2017 MacGyver"). */
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?|original)\s+(?:original\s+)?((?:19|20)\d\d)\s+[“"]?$/u;
const NETWORK_AFTER = new RegExp(String.raw`^[”"]?\s*\((${NETWORKS.map(escape).join('|')})\)`, 'u');

/**
 * What the text around a title's first mention says about which show it is, to tell same-name
 * shows apart ("HBO's Girls", "The Office (2005)"). Nothing when the text says nothing.
 */
export function contextHints(text: string, title: string): TitleHints | undefined {
  const at = text.indexOf(title);
  if (at < 0) return undefined;
  const after = text.slice(at + title.length, at + title.length + 30);
  const network = NETWORK_BEFORE.exec(text.slice(Math.max(0, at - 60), at))?.[1] ?? NETWORK_AFTER.exec(after)?.[1];
  const year = YEAR_AFTER.exec(text.slice(at + title.length, at + title.length + 12))?.[1] ?? YEAR_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  if (!network && !year) return undefined;
  return { ...(network ? { network } : {}), ...(year ? { year: Number(year) } : {}) };
}
