// TVmaze as a ShowSource: its client's records turned into neutral candidates and shows.
import { tvmazeRef } from '../../shows/show-ref';
import type { ShowSource, SourceCandidate, SourceShow } from '../show-source';
import type { TvmazeClient } from './client';
import type { TvmazeShow } from './schemas';
import { summarizeShow } from './summarize';

export function tvmazeCandidate(show: TvmazeShow): SourceCandidate {
  return {
    ref: tvmazeRef(show.id),
    name: show.name,
    channels: [show.network?.name, show.webChannel?.name].filter((name): name is string => !!name),
    country: show.network?.country?.code ?? show.webChannel?.country?.code ?? null,
    premieredYear: Number(show.premiered?.slice(0, 4)) || null,
    endedYear: Number(show.ended?.slice(0, 4)) || null,
    weight: show.weight ?? 0,
  };
}

export function tvmazeSourceShow(show: TvmazeShow): SourceShow {
  return {
    ...tvmazeCandidate(show),
    externalIds: { imdb: show.externals?.imdb, thetvdb: show.externals?.thetvdb },
    summarize: (now) => summarizeShow(show, now),
  };
}

export function createTvmazeSource(client: TvmazeClient): ShowSource {
  const full = (show: TvmazeShow | null) => (show ? tvmazeSourceShow(show) : null);
  return {
    id: 'tvmaze',
    bestMatch: async (title) => full(await client.singleSearch(title)),
    search: async (title) => (await client.search(title)).map((result) => tvmazeCandidate(result.show)),
    byId: async (id) => full(await client.show(id)),
    byImdbId: async (imdbId) => {
      const id = await client.lookupImdb(imdbId);
      return id === null ? null : tvmazeRef(id);
    },
    akas: async (ref) => {
      if (ref.source !== 'tvmaze') return [];
      return [...new Set((await client.akas(ref.id)).map((aka) => aka.name))];
    },
    byExternalId: async (kind, id) => {
      const show = await client.lookupShow(kind, id);
      return show && tvmazeCandidate(show);
    },
    updates: (since) => client.updates(since),
  };
}
