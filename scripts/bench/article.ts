// A ~1 MB article page made of real paragraphs from the committed article fixtures, repeated.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PARAGRAPH = /<p\b[^>]*>[\s\S]*?<\/p>/gi;

export function buildArticlePage(articlesDir: string, targetBytes = 1_000_000): string {
  const paragraphs = readdirSync(articlesDir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .flatMap((file) => readFileSync(join(articlesDir, file), 'utf8').match(PARAGRAPH) ?? [])
    .filter((p) => p.length > 80);
  if (!paragraphs.length) throw new Error(`no paragraphs in ${articlesDir}`);
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ballard season 2 | TechRadar</title></head>' +
    '<body><header><nav><a href="/">Home</a></nav></header><article><h1>Ballard season 2: everything we know</h1>' +
    '<div id="article-body">';
  const tail = '</div></article><footer><p>Footer text that is not the article.</p></footer></body></html>';
  const body: string[] = [];
  let size = head.length + tail.length;
  for (let i = 0; size < targetBytes; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    body.push(p);
    size += p.length;
  }
  return head + body.join('\n') + tail;
}
