import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { readArticle } from '../utils/articles/read-article';
const [file, url] = process.argv.slice(2);
const window = new Window({ url });
Object.assign(globalThis, { NodeFilter: window.NodeFilter, Node: window.Node });
const doc = new window.DOMParser().parseFromString(readFileSync(file!, 'utf8'), 'text/html') as unknown as Document;
const r = readArticle(doc, url!);
console.log(r ? JSON.stringify({ h: r.reading.headline, body: r.reading.body.slice(0, 300), n: r.reading.body.length }) : 'NULL');
