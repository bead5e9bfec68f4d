import { isFurnitureText, withoutFurniture } from '../../../utils/sites/page-furniture';
import { spot } from '../../../utils/sites/page-reading';
import type { SpottedTitle } from '../../../utils/sites/site-adapter';
import { parseHtml } from '../../support/dom';

describe('isFurnitureText', () => {
  it.each([
    'Episodes',
    'Episode list',
    'Cast & Crew',
    'Full Cast & Crew',
    'Seasons',
    'Season 2',
    '3 Seasons',
    'Trailers & More',
    'More Like This',
    'More like this ›',
    'TV Shows',
    'Top 10',
    'Top 10 TV Shows in the U.S. Today',
    'Popular TV Shows',
    'View all episodes',
    'S1 E3',
    'Staffeln',
    'Besetzung & Crew',
    'Épisodes',
    'Temporadas',
    'Ähnliche Titel',
    '\u2068Episodes\u2069',
  ])('%s is page furniture', (text) => {
    expect(isFurnitureText(text)).toBe(true);
  });

  it.each(['The Office', 'Top Boy', 'Home', 'Extras', 'Popular', 'Lost', 'Severance', 'Series of Unfortunate Events', 'Cast Away'])(
    '%s can be a title',
    (text) => {
      expect(isFurnitureText(text)).toBe(false);
    },
  );
});

describe('withoutFurniture', () => {
  const page = parseHtml(`<nav><a id="nav" href="/shows/fallout">Fallout</a></nav>
    <main><h1 id="show">Episodes</h1><h2 id="list">Episodes</h2><h3 id="title">Fallout</h3></main>
    <footer><a id="foot" href="/tv">The Office</a></footer>`);
  const at = (id: string, text: string): SpottedTitle => spot(page.getElementById(id)!, text, 'after-heading')!;

  it('drops links in navigation and footer, and headings naming a page kind', () => {
    const kept = withoutFurniture([at('nav', 'Fallout'), at('list', 'Episodes'), at('title', 'Fallout'), at('foot', 'The Office')]);
    expect(kept.map((title) => title.anchor.id)).toEqual(['title']);
  });

  it("keeps a show really called like furniture when the page's structured data names it", () => {
    expect(withoutFurniture([at('show', 'Episodes')], 'Episodes').map((title) => title.anchor.id)).toEqual(['show']);
    expect(withoutFurniture([at('show', 'Episodes')], 'Fallout')).toEqual([]);
  });
});
