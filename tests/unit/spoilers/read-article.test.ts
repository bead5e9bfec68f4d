import { findArticleSpoilerTargets, readArticle } from '../../../utils/spoilers/read-article';
import { loadSpoilerFixture } from '../../support/fixtures';

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

const LONG = 'Kim Tate is found dead next week in Emmerdale after accusing Will Taylor of trying to poison her. '.repeat(3);

describe('readArticle', () => {
  it('reads meta, JSON-LD, breadcrumbs and this page’s tags once; rails, tag clouds and tag links are not body text', () => {
    const doc = page(
      `<meta property="article:section" content="TV">
       <meta name="news_keywords" content="Emmerdale, ITV; Soap spoilers">
       <meta property="article:tag" content="Kim Tate">
       <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","articleSection":"Soaps","keywords":["Will Taylor"]},
         {"@type":"BreadcrumbList","itemListElement":[{"name":"Home"},{"item":{"name":"Emmerdale"}}]}]}</script>
       <script type="application/ld+json">{ not json</script>`,
      `<nav aria-label="Breadcrumb"><a href="/">Home</a> <a href="/tv">TV</a></nav>
       <h1>Kim Tate found dead</h1>
       <div class="article-body"><p>${LONG}</p><figure><img src="x.jpg"><figcaption>Kim at Home Farm</figcaption></figure>
         <a rel="tag" href="/tag/itv">ITV</a><aside><a rel="tag" href="/tag/spoilers">Spoilers</a></aside>
         <div class="widget_tag_cloud"><a rel="tag" href="/tag/soap-spoilers">Soap spoilers</a></div><div class="related-links"><p>Read more: another story</p></div></div>`,
    );
    const read = readArticle(doc, 'https://www.example.co.uk/tv/kim-tate/');
    expect(read?.reading).toEqual({
      headline: 'Kim Tate found dead',
      url: 'https://www.example.co.uk/tv/kim-tate/',
      sections: ['TV', 'Soaps'],
      keywords: ['Emmerdale', 'ITV', 'Soap spoilers', 'Kim Tate', 'Will Taylor'],
      labels: ['Home', 'TV', 'ITV', 'Emmerdale'],
      blocks: [
        { kind: 'p', text: LONG.trim() },
        { kind: 'figure', text: 'Kim at Home Farm' },
      ],
    });
  });

  it('returns null for a page without an article body', () => {
    expect(readArticle(page('', '<p>short</p>'))).toBeNull();
  });
});

describe('findArticleSpoilerTargets', () => {
  it('blurs a filed page from the top, a figure’s image but not its caption', () => {
    const doc = page(
      '<meta property="article:section" content="Soap Spoilers">',
      `<h1>Kim Tate found dead</h1><article><p>${LONG}</p><figure><img src="x.jpg"><figcaption>Kim</figcaption></figure></article>`,
    );
    const found = findArticleSpoilerTargets(doc, 'https://www.example.co.uk/tv/kim-tate/');
    expect(found?.spoilers.form).toBe('filed');
    expect(found?.targets).toEqual([doc.querySelector('article p'), doc.querySelector('img')]);
  });

  it('finds the same section as the body scan on the TechRadar seed', () => {
    const doc = loadSpoilerFixture('../articles/techradar-ballard-season-2-2025-07.html');
    const found = findArticleSpoilerTargets(doc, 'https://www.techradar.com/streaming/amazon-prime-video/ballard-season-2');
    const paragraphs = [...doc.querySelectorAll('#article-body p')];
    const warning = paragraphs.findIndex((el) => el.textContent === 'Spoilers for Ballard season 1 finale ahead.');
    expect(found?.spoilers.form).toBe('warning');
    expect(found?.targets).toEqual(paragraphs.slice(warning + 1));
  });

  it('leaves the spoiler-free Daily Star article alone', () => {
    const doc = loadSpoilerFixture('../articles/dailystar-the-chase-bradley-walsh-2024-04.html');
    expect(findArticleSpoilerTargets(doc, 'https://www.dailystar.co.uk/tv/bradley-walsh-says-id-better-32646410')).toBeNull();
  });
});
