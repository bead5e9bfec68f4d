// Test-side table of each site adapter's saved page and real URLs: test data stays out of the bundle.
// The conventions test checks every registered adapter has a row here.

export interface SitePage {
  /** Saved page under tests/fixtures/pages/, served at `fixtureUrl` in tests. */
  fixture: string;
  fixtureUrl: string;
  /** Real URLs the adapter must accept, and no other adapter may claim. */
  testUrls: string[];
}

export const SITE_PAGES: Record<string, SitePage> = {
  'prime-video': {
    fixture: 'primevideo-detail-young-sherlock-amazon-de-2026-03.html',
    fixtureUrl: 'https://www.amazon.de/gp/video/detail/0QBFW23I3E1I59TFDOTTJR9SIE/ref=atv_plr_landingpage_play',
    testUrls: [
      'https://www.primevideo.com/detail/0QBFW23I3E1I59TFDOTTJR9SIE/',
      'https://www.amazon.de/gp/video/detail/0QBFW23I3E1I59TFDOTTJR9SIE/ref=atv_plr_landingpage_play',
      'https://www.amazon.co.jp/-/en/gp/video/storefront',
      'https://www.amazon.com/Amazon-Video/b?node=2858778011',
    ],
  },
  netflix: {
    fixture: 'netflix-title-handwritten.html',
    fixtureUrl: 'https://www.netflix.com/title/80057281',
    testUrls: [
      'https://www.netflix.com/title/80057281',
      'https://www.netflix.com/browse?jbv=80057281',
    ],
  },
  'disney-plus': {
    fixture: 'disney-plus-series-handwritten.html',
    fixtureUrl: 'https://www.disneyplus.com/series/andor/3xsQKWG00GL5',
    testUrls: [
      'https://www.disneyplus.com/series/andor/3xsQKWG00GL5',
      'https://www.disneyplus.com/en-gb/browse/entity-a4e7b3a4-b3a4-4e3a-9a3b-1c7c7c7c7c7c',
    ],
  },
  hotstar: {
    fixture: 'hotstar-home-in-2023-10.html',
    fixtureUrl: 'https://www.hotstar.com/in/home',
    testUrls: [
      'https://www.hotstar.com/in/home',
      'https://www.hotstar.com/in/shows/boston-legal/2257/still-crazy-after-all-these-years/1770019840/watch',
      'https://www.jiohotstar.com/shows/loki/1260063451',
    ],
  },
  max: {
    fixture: 'max-watch-movie-dune-part-two-2025-01.html',
    fixtureUrl: 'https://play.max.com/video/watch/914be9f6-e1b2-4f5f-aa34-de07a2a3423b/3c3df515-93b8-4410-b10a-414079529821',
    testUrls: [
      'https://play.max.com/video/watch/914be9f6-e1b2-4f5f-aa34-de07a2a3423b/3c3df515-93b8-4410-b10a-414079529821',
      'https://play.hbomax.com/show/52dae4c7-2ab1-4bb9-a2e4-1a8dc0e2c8a5',
      'https://play.hbomax.com/video/watch/914be9f6-e1b2-4f5f-aa34-de07a2a3423b/3c3df515-93b8-4410-b10a-414079529821',
    ],
  },
  hulu: {
    fixture: 'hulu-series-handwritten.html',
    fixtureUrl: 'https://www.hulu.com/series/only-murders-in-the-building-ef31c7e1-cd0d-4b15-9e24-7e1d4bcb1bd4',
    testUrls: [
      'https://www.hulu.com/series/only-murders-in-the-building-ef31c7e1-cd0d-4b15-9e24-7e1d4bcb1bd4',
      'https://www.hulu.com/hub/tv',
    ],
  },
  'apple-tv': {
    fixture: 'apple-tv-show-handwritten.html',
    fixtureUrl: 'https://tv.apple.com/us/show/severance/umc.cmc.1srk2goyh2q2zdxcx605w8vtx',
    testUrls: [
      'https://tv.apple.com/us/show/severance/umc.cmc.1srk2goyh2q2zdxcx605w8vtx',
    ],
  },
  'paramount-plus': {
    fixture: 'paramount-plus-show-handwritten.html',
    fixtureUrl: 'https://www.paramountplus.com/shows/star-trek-strange-new-worlds/',
    testUrls: [
      'https://www.paramountplus.com/shows/star-trek-strange-new-worlds/',
    ],
  },
  peacock: {
    fixture: 'peacock-show-handwritten.html',
    fixtureUrl: 'https://www.peacocktv.com/stream-tv/the-office',
    testUrls: [
      'https://www.peacocktv.com/watch-online/tv/the-office/4902514835143843112',
      'https://www.peacocktv.com/stream-tv/the-office',
      'https://www.peacocktv.com/watch/asset/tv/poker-face/8420419566736236112',
    ],
  },
  imdb: {
    fixture: 'imdb-series-handwritten.html',
    fixtureUrl: 'https://www.imdb.com/title/tt0903747/',
    testUrls: [
      'https://www.imdb.com/title/tt0903747/',
      'https://m.imdb.com/title/tt12637874/?ref_=nv_sr_srsg_0',
    ],
  },
  justwatch: {
    fixture: 'justwatch-series-handwritten.html',
    fixtureUrl: 'https://www.justwatch.com/us/tv-show/fallout',
    testUrls: [
      'https://www.justwatch.com/us/tv-show/fallout',
      'https://www.justwatch.com/de/serie/fallout',
    ],
  },
  'rotten-tomatoes': {
    fixture: 'rotten-tomatoes-tv-handwritten.html',
    fixtureUrl: 'https://www.rottentomatoes.com/tv/fallout/s01',
    testUrls: [
      'https://www.rottentomatoes.com/tv/fallout',
      'https://www.rottentomatoes.com/browse/tv_series_browse/sort:popular',
    ],
  },
  tmdb: {
    fixture: 'tmdb-tv-handwritten.html',
    fixtureUrl: 'https://www.themoviedb.org/tv/106379-fallout',
    testUrls: [
      'https://www.themoviedb.org/tv/106379-fallout',
      'https://www.themoviedb.org/tv/top-rated',
    ],
  },
  trakt: {
    fixture: 'trakt-show-handwritten.html',
    fixtureUrl: 'https://trakt.tv/shows/fallout',
    testUrls: [
      'https://trakt.tv/shows/fallout',
      'https://app.trakt.tv/shows/fallout',
      'https://app.trakt.tv/shows/trending',
    ],
  },
};

export function sitePage(adapterId: string): SitePage {
  const page = SITE_PAGES[adapterId];
  if (!page) throw new Error(`No row for site adapter "${adapterId}" in tests/support/site-pages.ts`);
  return page;
}
