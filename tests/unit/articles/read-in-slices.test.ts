// Reading a long article in slices gives the same reading as in one go, and lets the page run in between.
import { describe, expect, it } from 'vitest';
import { readPageText, readPageTextInSlices } from '@/utils/articles/page-text';
import { readArticle, readArticleInSlices } from '@/utils/articles/read-article';
import { parseHtml } from '../../support/dom';
import { loadArticle } from '../../support/fixtures';

const URL = 'https://www.denofgeek.com/tv/succession-finale-roman-kendall/';

describe('reading in slices', () => {
  it('walks a long body in more than one slice and joins the same text, nodes and places', async () => {
    const paragraphs = Array.from({ length: 2_000 }, (_, i) => `<p>Paragraph ${i} of <em>Succession</em> talk.</p>`).join('');
    const doc = parseHtml(`<html><body><article>${paragraphs}<aside><p>Related</p></aside></article></body></html>`);
    const root = doc.querySelector('article')!;
    let pauses = 0;
    // A zero budget: the reader stops at every look at the clock.
    const sliced = await readPageTextInSlices(root, async () => void pauses++, 0);
    const whole = readPageText(root);
    expect(pauses).toBeGreaterThan(10);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.nodes).toEqual(whole.nodes);
    expect(sliced.starts).toEqual(whole.starts);
    expect(sliced.places).toEqual(whole.places);
    expect(sliced.text).not.toContain('Related');
  });

  it('reads a real article to the same reading as readArticle', async () => {
    const doc = loadArticle('denofgeek-succession-finale-roman-kendall-2023-05.html');
    const sliced = await readArticleInSlices(doc, URL, async () => undefined);
    expect(sliced?.reading).toEqual(readArticle(doc, URL)?.reading);
    expect(sliced?.reading.body.length).toBeGreaterThan(1_000);
  });

  it('reads the page again when it replaced its article while the first reading paused', async () => {
    const filler = ' Critics have been kind to the drama so far, and its audience keeps growing.'.repeat(5);
    const doc = parseHtml(`<html><body><article><p>Old text about Succession.${filler}</p></article></body></html>`);
    expect(readArticle(doc, URL)?.reading.body).toContain('Succession');
    let replaced = 0;
    // The site swaps its article once, during the first pause.
    const replace = () => {
      if (replaced++ === 0) {
        const fresh = doc.createElement('article');
        fresh.appendChild(doc.createElement('p')).textContent = `New text about The Bear.${filler}`;
        doc.querySelector('article')?.replaceWith(fresh);
      }
      return Promise.resolve();
    };
    const read = await readArticleInSlices(doc, URL, replace);
    expect(read?.reading.body).toContain('The Bear');
    expect(read?.body.root.isConnected).toBe(true);
  });

  it('gives up on a page that replaces its article at every pause', async () => {
    const doc = parseHtml('<html><body><article><p>Old text about Succession, at length.</p></article></body></html>');
    const replace = () => {
      const fresh = doc.createElement('article');
      fresh.appendChild(doc.createElement('p')).textContent = 'Yet another text about The Bear.';
      doc.querySelector('article')?.replaceWith(fresh);
      return Promise.resolve();
    };
    expect(await readArticleInSlices(doc, URL, replace)).toBeNull();
  });
});
