import { MAX_TITLE_LENGTH } from '../../../utils/sites/page-reading';
import { SITE_ADAPTERS } from '../../../utils/sites/registry';
import { parseHtml } from '../../support/dom';
import { sitePage } from '../../support/site-pages';

const LONG_TITLE = 'x'.repeat(10_000);
const MARKUP_TITLE = '<img src=x onerror="globalThis.pwned=1">';
const SERIES_PATHS = ['/series/a/b', '/show/abc', '/shows/abc/', '/tv/1-abc', '/us/tv-show/abc', '/stream-tv/abc', '/in/shows/abc/1'];

/** Every tile and heading shape the adapters read, each carrying a hostile title. */
function hostilePage(): Document {
  const page = parseHtml('<html><head><title>x</title></head><body><main></main></body></html>');
  const main = page.querySelector('main')!;
  for (const title of [LONG_TITLE, MARKUP_TITLE]) {
    const heading = page.createElement('h1');
    heading.setAttribute('data-testid', 'title-art');
    heading.textContent = title;
    const card = page.createElement('article');
    card.setAttribute('data-card-title', title);
    card.setAttribute('data-card-entity-type', 'TV Show');
    const gridItem = page.createElement('div');
    gridItem.className = 'grid-item';
    gridItem.setAttribute('data-type', 'show');
    const trayCard = page.createElement('div');
    trayCard.setAttribute('data-testid', 'tray-card-default');
    main.append(heading, card, gridItem, trayCard);
    for (const path of SERIES_PATHS) {
      const item = page.createElement('li');
      const link = page.createElement('a');
      link.setAttribute('href', path);
      link.setAttribute('aria-label', title);
      const image = page.createElement('img');
      image.setAttribute('alt', title);
      link.append(image, title);
      item.append(link);
      (path.startsWith('/in/') ? trayCard : main).append(item);
    }
  }
  return page;
}

describe.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s on hostile pages', (_id, adapter) => {
  const url = new URL(sitePage(adapter.id).testUrls[0]!);

  it('finds nothing on an empty page', () => {
    expect(adapter.findTitles(parseHtml(''), url)).toEqual([]);
    expect(adapter.findTitles(new DocumentFragment(), url)).toEqual([]);
  });

  it('skips over-long and markup titles without throwing, and leaves the page as it was', () => {
    const page = hostilePage();
    const before = new XMLSerializer().serializeToString(page);
    const images = page.querySelectorAll('img').length;
    const spotted = adapter.findTitles(page, url);
    for (const title of spotted) {
      expect(title.rawTitle.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
      expect(title.rawTitle).not.toContain('<');
    }
    // Only titles from elsewhere (hotstar names a card from its URL slug) may remain.
    expect(spotted.every((title) => title.title === 'Abc')).toBe(true);
    // Adapters only read: the page keeps every element and attribute.
    expect(page.querySelectorAll('img').length).toBe(images);
    expect(new XMLSerializer().serializeToString(page)).toBe(before);
  });
});
