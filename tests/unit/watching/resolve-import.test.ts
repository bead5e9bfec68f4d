import { resolveEntry, titleQualifier, type ResolverLookups } from '../../../utils/watching/imports/resolve';
import type { ImportEntry } from '../../../utils/watching/imports/types';
import { tvmazeCandidate } from '../../../utils/sources/tvmaze/source';
import type { TvmazeShow } from '../../../utils/sources/tvmaze/schemas';
import { tvmazeRef } from '../../../utils/shows/show-ref';
import { loadFixtureShows } from '../../support/catalog';
import { ShowIndex } from '../../support/fake-tvmaze';

// The committed catalog of real TVmaze records, searched the way the fake TVmaze searches.
const shows = loadFixtureShows() as unknown as TvmazeShow[];
const index = new ShowIndex(loadFixtureShows());

function lookups() {
  const asked: string[] = [];
  const fake: ResolverLookups = {
    async candidates(title) {
      asked.push(`search:${title}`);
      return index.search(title).map((r) => tvmazeCandidate(r.show as unknown as TvmazeShow));
    },
    async byExternalId(kind, id) {
      asked.push(`${kind}:${id}`);
      const show = shows.find((s) => (kind === 'imdb' ? s.externals?.imdb === id : String(s.externals?.thetvdb) === id));
      return show ? tvmazeCandidate(show) : null;
    },
  };
  return { fake, asked };
}

const entry = (title: string, extra: Partial<ImportEntry> = {}): ImportEntry => ({
  title,
  ids: {},
  furthest: { season: 1, episode: 1 },
  lastWatched: null,
  episodeCount: 1,
  sourceLines: [2],
  ...extra,
});

describe('resolveEntry', () => {
  it('an export id answers in one lookup, TheTVDB before IMDb, without a title search', async () => {
    const { fake, asked } = lookups();
    expect(await resolveEntry(entry('Whatever it is called', { ids: { tvdb: 79168, imdb: 'tt0108778' } }), fake)).toEqual({
      kind: 'matched',
      show: { ref: tvmazeRef(431), name: 'Friends', network: 'NBC', year: 1994 },
    });
    expect(asked).toEqual(['thetvdb:79168']);
  });

  it('an id the source does not know falls through to the next id, then to the title', async () => {
    const { fake, asked } = lookups();
    const resolved = await resolveEntry(entry('Peaky Blinders', { ids: { tvdb: 1, imdb: 'tt0000001', trakt: 5 } }), fake);
    expect(resolved).toMatchObject({ kind: 'matched', show: { ref: tvmazeRef(269) } });
    expect(asked).toEqual(['thetvdb:1', 'imdb:tt0000001', 'search:Peaky Blinders']);
  });

  it('two well-known shows of one name are ambiguous, best known first', async () => {
    const { fake } = lookups();
    const resolved = await resolveEntry(entry('Shameless'), fake);
    expect(resolved).toEqual({
      kind: 'ambiguous',
      candidates: [
        { ref: tvmazeRef(150), name: 'Shameless', network: 'Paramount+ with Showtime', year: 2011 },
        { ref: tvmazeRef(746), name: 'Shameless', network: 'Channel 4', year: 2004 },
      ],
    });
  });

  it('a qualifier or year in the export settles same-name shows', async () => {
    const { fake, asked } = lookups();
    expect(await resolveEntry(entry('Shameless (U.S.)'), fake)).toMatchObject({ kind: 'matched', show: { ref: tvmazeRef(150) } });
    expect(await resolveEntry(entry('Shameless (UK)'), fake)).toMatchObject({ kind: 'matched', show: { ref: tvmazeRef(746) } });
    expect(await resolveEntry(entry('Doctor Who', { year: 1963 }), fake)).toMatchObject({ kind: 'matched', show: { ref: tvmazeRef(766) } });
    expect(await resolveEntry(entry('Doctor Who (2005)'), fake)).toMatchObject({ kind: 'matched', show: { ref: tvmazeRef(210) } });
    // A year that fits neither leaves the choice to the user.
    expect(await resolveEntry(entry('Doctor Who', { year: 1990 }), fake)).toMatchObject({ kind: 'ambiguous' });
    expect(asked.filter((a) => a.startsWith('search:'))).toEqual(['search:Shameless', 'search:Shameless', 'search:Doctor Who', 'search:Doctor Who', 'search:Doctor Who']);
  });

  it('a far better known show wins over an obscure namesake', async () => {
    const { fake } = lookups();
    // HBO's Girls (weight 96) and a Mongolian GIRLS (59).
    expect(await resolveEntry(entry('Girls'), fake)).toMatchObject({ kind: 'matched', show: { ref: tvmazeRef(139), network: 'HBO' } });
  });

  it('a fuzzy neighbour is not a match', async () => {
    const { fake } = lookups();
    expect(await resolveEntry(entry('Mortal Kombat'), fake)).toEqual({ kind: 'not-found' });
    expect(await resolveEntry(entry('Lost Girls and Love Hotels'), fake)).toEqual({ kind: 'not-found' });
  });

  it('lookup failures are thrown for the caller to retry', async () => {
    const failing: ResolverLookups = { candidates: () => Promise.reject(new Error('offline')), byExternalId: () => Promise.resolve(null) };
    await expect(resolveEntry(entry('Friends'), failing)).rejects.toThrow('offline');
  });
});

describe('titleQualifier', () => {
  it.each([
    ['The Office (U.S.)', { base: 'The Office', country: 'US' }],
    ['Shameless (UK)', { base: 'Shameless', country: 'GB' }],
    ['Doctor Who (2005)', { base: 'Doctor Who', year: 2005 }],
    ['Money Heist', { base: 'Money Heist' }],
    ['Love (Netflix)', { base: 'Love (Netflix)' }],
  ])('%s', (title, expected) => {
    expect(titleQualifier(title)).toEqual(expected);
  });
});
