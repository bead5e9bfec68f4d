import { imdb } from '../../../utils/sites/imdb';
import { parseHtml } from '../../support/dom';
import { titlesOnFixture } from '../../support/fixtures';

describe('imdb', () => {
  it('badges a series heading with its IMDb id, and the title and year for when the id is unknown', () => {
    expect(titlesOnFixture(imdb).map(({ title, placement, hints }) => ({ title, placement, hints }))).toEqual([
      { title: 'Breaking Bad', placement: 'after-heading', hints: { imdbId: 'tt0903747', year: 2008 } },
    ]);
  });

  it('gives a film page nothing', () => {
    const page = parseHtml(
      '<head><meta property="og:type" content="video.movie"></head><body><h1 data-testid="hero__pageTitle">Dune: Part Two</h1></body>',
    );
    expect(imdb.findTitles(page, new URL('https://www.imdb.com/title/tt15239678/'))).toEqual([]);
  });

  it("badges an episode page's series link with the series id", () => {
    const page = parseHtml(`<head><meta property="og:type" content="video.episode"></head><body>
      <a data-testid="hero-title-block__series-link" href="/title/tt0903747/?ref_=tt_ov_inf">Breaking Bad</a>
      <h1 data-testid="hero__pageTitle">Ozymandias</h1></body>`);
    const [spotted, ...rest] = imdb.findTitles(page, new URL('https://www.imdb.com/title/tt2301451/'));
    expect(rest).toEqual([]);
    expect(spotted).toMatchObject({ title: 'Breaking Bad', hints: { imdbId: 'tt0903747' } });
    expect(spotted?.anchor.tagName).toBe('A');
  });

  it('falls back to JSON-LD when og:type is missing', () => {
    const page = parseHtml(`<script type="application/ld+json">{"@type":"TVSeries","name":"The Wire"}</script>
      <h1 data-testid="hero__pageTitle">The Wire</h1>`);
    expect(imdb.findTitles(page, new URL('https://www.imdb.com/title/tt0306414/'))[0]?.title).toBe('The Wire');
  });
});
