import { primeVideo } from '../../../utils/sites/prime-video/adapter';
import { parseHtml } from '../../support/dom';
import { summarize, titlesOnFixture } from '../../support/fixtures';

function card(title: string, entityType?: string): string {
  const typeAttribute = entityType === undefined ? '' : ` data-card-entity-type="${entityType}"`;
  return `<article data-testid="card" data-card-title="${title}"${typeAttribute}><a href="/gp/video/detail/B0X/">${title}</a></article>`;
}

function browsePage(...cards: string[]): Document {
  return parseHtml(`<html><head><title>Prime Video</title></head><body><main>${cards.join('')}</main></body></html>`);
}

describe('prime-video on the saved Young Sherlock detail page (amazon.de, 2026-03)', () => {
  const spotted = titlesOnFixture(primeVideo);

  it('puts one badge by the show title, none by its other mentions', () => {
    const headings = spotted.filter((title) => title.placement === 'after-heading');
    expect(summarize(headings)).toEqual([{ title: 'Young Sherlock', placement: 'after-heading' }]);
    expect(headings[0]?.anchor.getAttribute('data-testid')).toBe('title-art');
  });

  it('finds exactly the TV Show cards of "More like this", titles cleaned', () => {
    const tiles = spotted.filter((title) => title.placement === 'tile');
    expect(tiles.map(({ rawTitle, title }) => [rawTitle, title])).toEqual([
      ['The 50 - Season 1', 'The 50'],
      ['Scarpetta - Season 1', 'Scarpetta'],
      ['Cross - Season 1', 'Cross'],
      ['Two and a Half Men, Season 1', 'Two and a Half Men'],
      ['Marshals, Season 1', 'Marshals'],
      ['Fallout - Season 1', 'Fallout'],
      ['Elementary - Staffel 1 [dt./OV]', 'Elementary'],
    ]);
    for (const tile of tiles) expect(tile.anchor.getAttribute('data-card-entity-type')).toBe('TV Show');
  });

  it('leaves out films, trailers and bonus content', () => {
    const raws = spotted.map((title) => title.rawTitle);
    for (const excluded of [
      'The Creator',
      'A Killer Romance',
      'Alter weißer Mann',
      'Boneyard',
      'Young Sherlock - Season 1: Teaser Trailer',
      'Young Sherlock: The Characters of Young Sherlock',
    ]) {
      expect(raws).not.toContain(excluded);
    }
  });
});

describe('prime-video detail pages', () => {
  it('gives a film detail page no badge', () => {
    const page = parseHtml(`<html><head><title>Watch The Creator | Prime Video</title></head><body>
      <main data-testid="detailpage-main"><h1 data-testid="title-art"><img alt="The Creator"></h1>
      <span role="img" aria-label="Released 2023">2023</span></main></body></html>`);
    expect(primeVideo.findTitles(page, new URL('https://www.primevideo.com/detail/0ABC/'))).toEqual([]);
  });

  it.each([
    ['Watch Fallout - Season 1 | Prime Video', 'Fallout'],
    ['Fallout - Staffel 1 ansehen | Prime Video', 'Fallout'],
    ['Amazon.de: Fallout - Staffel 1 ansehen | Prime Video', 'Fallout'],
    ['Regarder Fallout - Saison 1 | Prime Video', 'Fallout'],
  ])('reads the title from document.title %j when the heading has no text', (documentTitle, expected) => {
    const page = parseHtml(`<html><head><title>${documentTitle}</title></head><body><main data-testid="detailpage-main">
      <h1 data-testid="title-art"><img alt=""></h1><div data-testid="btf-episodes-tab">Episodes</div></main></body></html>`);
    const spotted = primeVideo.findTitles(page, new URL('https://www.amazon.de/-/de/gp/video/detail/0ABC/'));
    expect(summarize(spotted)).toEqual([{ title: expected, placement: 'after-heading' }]);
  });

  it('treats a JSON-LD TVSeries detail page as a series', () => {
    const page = parseHtml(`<html><body><main><h1>Reacher</h1>
      <script type="application/ld+json">{"@type":"TVSeries","name":"Reacher"}</script></main></body></html>`);
    expect(summarize(primeVideo.findTitles(page, new URL('https://www.primevideo.com/detail/0ABC/')))).toEqual([
      { title: 'Reacher', placement: 'after-heading' },
    ]);
  });
});

describe('prime-video cards', () => {
  it.each([
    [card('Fallout - Season 1', 'TV Show'), ['Fallout']],
    [card('Reacher - Season 2 (4K UHD)', 'TV Show'), ['Reacher']],
    [card('The Creator', 'Movie'), []],
    [card('Thursday Night Football', 'Live Event'), []],
    [card('NFL: Chiefs at Ravens', 'Sports'), []],
    [card('Fallout - Season 1: Official Trailer', 'Trailer'), []],
    [card('Making of', 'Bonus Content'), []],
    [card('Buy now', 'Advertisement'), []],
    // Without an entity type only a season suffix tells a series.
    [card('Invincible - Season 3'), ['Invincible']],
    [card('Oppenheimer'), []],
  ])('card %# → %j', (html, expected) => {
    const spotted = primeVideo.findTitles(browsePage(html), new URL('https://www.primevideo.com/storefront/'));
    expect(spotted.map((title) => title.title)).toEqual(expected);
    for (const title of spotted) expect(title.placement).toBe('tile');
  });
});

describe('prime-video on hostile markup', () => {
  const url = new URL('https://www.primevideo.com/storefront/');

  it('skips a 10,000-character card title and keeps the next card', () => {
    const page = browsePage(card('x'.repeat(10_000), 'TV Show'), card('Fallout - Season 1', 'TV Show'));
    expect(primeVideo.findTitles(page, url).map((title) => title.title)).toEqual(['Fallout']);
  });

  it('treats markup in a title attribute as text and skips it, never parsing it', () => {
    const page = browsePage();
    const article = page.createElement('article');
    article.setAttribute('data-card-title', '<img src=x onerror="globalThis.pwned=1">');
    article.setAttribute('data-card-entity-type', 'TV Show');
    page.body.append(article);
    expect(primeVideo.findTitles(page, url)).toEqual([]);
    expect(page.querySelectorAll('img').length).toBe(0);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('finds nothing on an empty page', () => {
    expect(primeVideo.findTitles(parseHtml(''), url)).toEqual([]);
    expect(primeVideo.findTitles(new DocumentFragment(), url)).toEqual([]);
  });

  it('survives a card whose attributes throw', () => {
    const page = browsePage(card('Fallout - Season 1', 'TV Show'));
    const broken = page.createElement('article');
    broken.setAttribute('data-card-title', 'Broken');
    page.body.prepend(broken);
    broken.getAttribute = () => {
      throw new Error('hostile');
    };
    expect(primeVideo.findTitles(page, url).map((title) => title.title)).toEqual(['Fallout']);
  });
});
