import { describe, expect, it } from 'vitest';
import { readArticle } from '@/utils/articles/read-article';
import { toWireReading } from '@/utils/articles/reading';
import { articleReadingSchema } from '@/utils/articles/spot/reading-schema';
import { parseHtml } from '../../support/dom';
import { DAILY_STAR_ARTICLE, loadArticle } from '../../support/fixtures';

const filler = 'Critics have been kind to the detective drama so far, and its audience keeps growing. '.repeat(3);

describe('readArticle', () => {
  it('reads headline, body blocks with their kinds, formatted spans, tags and date, as text and offsets', () => {
    const doc = parseHtml(
      `<html><head><meta property="article:published_time" content="2019-05-10T12:00:00Z"><meta name="keywords" content="Grey's Anatomy, ABC">` +
        `<meta property="article:section" content="TV"></head><body><h1>Grey's Anatomy renewed</h1><article>` +
        `<p>ABC renewed <em>Grey's Anatomy</em> and <a href="/tv/station-19">Station 19</a>. ${filler}</p>` +
        `<h2>What comes next</h2><ul><li>A crossover</li></ul><figure><figcaption>Photo: ABC</figcaption></figure>` +
        `<p class="byline-credit">Getty Images</p></article></body></html>`,
    );
    const { reading } = readArticle(doc, 'https://news.example/tv/story')!;
    expect(articleReadingSchema.parse(toWireReading(reading))).toEqual(reading);
    expect(reading).toMatchObject({ headline: "Grey's Anatomy renewed", published: '2019-05-10T12:00:00Z', section: 'TV', tags: ["Grey's Anatomy", 'ABC'] });
    const blockText = (i: number) => reading.body.slice(reading.blocks[i]!.start, reading.blocks[i + 1]?.start ?? reading.body.length).trim();
    expect(reading.blocks.map((b) => b.kind)).toEqual(['text', 'heading', 'item', 'caption', 'caption']);
    expect(reading.blocks[1]!.level).toBe(2);
    expect(blockText(1)).toBe('What comes next');
    expect(reading.spans.map((s) => [reading.body.slice(s.start, s.end), s.kind, s.href])).toEqual([
      ["Grey's Anatomy", 'italic', undefined],
      ['Station 19', 'link', '/tv/station-19'],
    ]);
  });

  it('reads the markup’s line breaks between blocks as nothing: one newline parts two paragraphs', () => {
    const doc = parseHtml(`<html><body><article>\n  <p>${filler}</p>\n  <p>Lost season 2 <b>is</b> here.</p>\n</article></body></html>`);
    const { reading, body } = readArticle(doc, 'https://news.example/tv/story')!;
    expect(reading.body).toBe(`${filler}\nLost season 2 is here.`);
    expect(reading.blocks.map((b) => b.start)).toEqual([0, filler.length + 1]);
    // Every text node read is one the reading holds, at its offset.
    body.text.nodes.forEach((node, i) => expect(reading.body.slice(body.text.starts[i], body.text.starts[i]! + node.data.length)).toBe(node.data));
  });

  it('reads the meta tags as sites write them: first of a kind wins, name and property mixed up, microdata in the body', () => {
    const doc = parseHtml(
      `<html><head><title>Fallback | Site</title><meta name="og:title" content="Dept. Q renewed | Site"><meta property="og:title" content="Second">` +
        `<meta name="constructor" content="not a kind"><meta property="article:tag" content="Dept. Q"><meta name="news_keywords" content="Netflix, Scotland">` +
        `</head><body><article><meta itemprop="datePublished" content="2025-07-01"><meta name="date" content="2020-01-01">` +
        `<p>Netflix renewed the Edinburgh crime drama. ${filler}</p></article></body></html>`,
    );
    const { reading } = readArticle(doc, 'https://news.example/tv/dept-q')!;
    expect(reading).toMatchObject({ pageTitle: 'Dept. Q renewed', published: '2025-07-01', tags: ['Dept. Q', 'Netflix', 'Scotland'] });
    expect(reading.section).toBeUndefined();
    // No date meta: the first <time datetime> gives it.
    const timed = parseHtml(`<html><body><article><time datetime="2024-03-05T10:00">5 March</time><p>${filler}</p></article></body></html>`);
    expect(readArticle(timed, 'https://news.example/a')!.reading.published).toBe('2024-03-05T10:00');
    // schema.org's NewsArticle comes before a <time>, which may be a related story's.
    const ld = parseHtml(
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished": "2019-11-05T16:01:22Z"}</script></head>` +
        `<body><article><time datetime="2012-01-01">related</time><p>${filler}</p></article></body></html>`,
    );
    expect(readArticle(ld, 'https://news.example/a')!.reading.published).toBe('2019-11-05T16:01:22Z');
  });

  it('takes a caption wrapper’s word only for its own text: a paragraph inside a "photo-text" layout is running text', () => {
    // Seen 2016-12 on eonline.com: a photo-and-text layout whose text column is article copy.
    const doc = parseHtml(
      `<html><body><article><p>${filler}</p><div class="article-detail__photo-text">Photo: GQ` +
        `<div class="article-detail__text-only">So Ryan Gosling joined the cast of <i>The Mickey Mouse Club</i>. ${filler}</div></div>` +
        `</article></body></html>`,
    );
    const { reading } = readArticle(doc, 'https://news.example/story')!;
    const kinds = reading.blocks.map((b) => [reading.body.slice(b.start, b.start + 12).split('\n')[0], b.kind]);
    expect(kinds).toEqual([
      ['Critics have', 'text'],
      ['Photo: GQ', 'caption'],
      ['So Ryan Gosl', 'text'],
    ]);
  });

  it('reads nested and long formatted runs as a copy editor marks them: outer run first, a styled paragraph is no run', () => {
    const long = 'This whole paragraph is set in italics by the site, as a standfirst, and it goes on. '.repeat(3);
    const doc = parseHtml(
      `<html><body><article><p>${filler}<a href="/tv/fargo"><em>Fargo</em> season 5</a> and <b>Lost</b>.</p>` +
        `<p><i>${long}</i></p><nav><i>Menu item</i></nav></article></body></html>`,
    );
    const { reading } = readArticle(doc, 'https://news.example/story')!;
    expect(reading.spans.map((s) => [reading.body.slice(s.start, s.end), s.kind])).toEqual([
      ['Fargo season 5', 'link'],
      ['Fargo', 'italic'],
      ['Lost', 'bold'],
    ]);
  });

  it('reads how the site files the page: JSON-LD section and keywords, breadcrumbs and this page’s tag links', () => {
    const doc = parseHtml(
      `<html><head><meta property="article:section" content="TV">
       <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","articleSection":"Soaps","keywords":["Will Taylor","ITV; Kim Tate"]},
         {"@type":"BreadcrumbList","itemListElement":[{"name":"Home"},{"item":{"name":"Emmerdale"}}]}]}</script>
       <script type="application/ld+json">{ not json</script></head><body>
       <nav aria-label="Breadcrumb"><a href="/">Home</a> <a href="/tv">TV</a></nav><h1>Kim Tate found dead</h1>
       <article><p>${filler}</p><a rel="tag" href="/tag/itv">ITV</a><aside><a rel="tag" href="/tag/spoilers">Spoilers</a></aside>
       <div class="widget_tag_cloud"><a rel="tag" href="/tag/soap-spoilers">Soap spoilers</a></div></article></body></html>`,
    );
    const { reading } = readArticle(doc, 'https://www.example.co.uk/tv/kim-tate/')!;
    expect(articleReadingSchema.parse(toWireReading(reading))).toEqual(reading);
    expect(reading.section).toBe('TV');
    expect(reading.filing).toEqual({
      sections: ['Soaps'],
      keywords: ['Will Taylor', 'ITV', 'Kim Tate'],
      labels: ['Home', 'TV', 'ITV', 'Emmerdale'],
    });
  });

  it('never changes the page, and finds no article where there is none', () => {
    const doc = loadArticle(DAILY_STAR_ARTICLE);
    const before = doc.body.textContent;
    expect(readArticle(doc, 'https://www.dailystar.co.uk/tv/x')).not.toBeNull();
    expect(doc.body.textContent).toBe(before);
    expect(readArticle(parseHtml('<html><body><nav><p>Menu</p></nav></body></html>'), 'https://x.example/')).toBeNull();
  });

  it('caps what a hostile page can send: spans, blocks and text stay within the reading’s limits', { timeout: 30_000 }, () => {
    const spans = '<em>Title</em> '.repeat(5_000);
    const doc = parseHtml(`<html><body><article><p>${filler}</p><p>${spans}</p>${'<p>x</p>'.repeat(25_000)}</article></body></html>`);
    const { reading } = readArticle(doc, 'https://x.example/')!;
    expect(articleReadingSchema.parse(toWireReading(reading))).toEqual(reading);
  });
});
