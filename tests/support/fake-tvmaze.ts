// A local stand-in for api.tvmaze.com: same paths, shapes, fuzziness and failure modes, served from a
// fixed catalog so e2e tests and the eval never touch the network.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** A TVmaze show record as stored in the catalog (`_embedded.seasons` optional). */
export interface FakeShow {
  id: number;
  name: string;
  url?: string;
  status?: string | null;
  weight?: number | null;
  updated?: number | null;
  externals?: { imdb?: string | null; thetvdb?: number | null; tvrage?: number | null } | null;
  _embedded?: { seasons?: unknown[] | null; nextepisode?: unknown } | null;
  [key: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/singlesearch/shows`. */
  path: string;
  /** Query parameters; a repeated key (`embed[]`) keeps all its values joined by `,`. */
  query: Record<string, string>;
  /** Raw query string including `?`, or ''. */
  search: string;
  status: number;
  /** Ids of the shows the answer carried. */
  showIds: number[];
  at: number;
}

export interface FakeTvmazeOptions {
  shows: readonly FakeShow[];
  /** 0 picks a free port. The e2e build expects 38917 (scripts/e2e-config.mjs). */
  port?: number;
  host?: string;
  /** "Now" for `/updates/shows?since=`; defaults to the real clock. */
  today?: string | Date;
  /** What `/singlesearch/shows` answers when nothing matches: TVmaze has done both. */
  singlesearchMiss?: '404' | 'null';
  /** TVmaze allows at least 20 calls per 10 s per IP; `false` turns the limit off. */
  rateLimit?: { max: number; windowMs: number } | false;
}

export interface FakeTvmaze {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Forgets requests, queued failures, latency, holds, offline mode and rate-limit history; restores the catalog. */
  reset(): void;
  setShow(show: FakeShow): void;
  /** Shallow-merges `patch` into the show and bumps `updated` to now unless the patch sets it. */
  updateShow(id: number, patch: Partial<FakeShow>): void;
  removeShow(id: number): void;
  getShow(id: number): FakeShow | undefined;
  /** The next `times` requests whose path starts with `pathPrefix` get `status` (e.g. 429 + Retry-After, 500). */
  failNext(pathPrefix: string, status: number, headers?: Record<string, string>, times?: number): void;
  /** Offline: open sockets are destroyed and new connections dropped, like a dead network. */
  setOffline(offline: boolean): void;
  /** Delay before every answer, to observe loading states. */
  setLatency(ms: number): void;
  /**
   * Holds every request `matches` picks until `release()`: a test can see what the page does while that
   * lookup is outstanding, then let it land, without sleeping. `reset()` and `close()` release too.
   */
  hold(matches: (request: RecordedRequest) => boolean): HeldRequests;
  /** Requests whose path starts with `pathPrefix` (all when omitted). */
  requestsTo(pathPrefix?: string): RecordedRequest[];
  close(): Promise<void>;
}

export interface HeldRequests {
  /** Resolves with the first request held. */
  arrived: Promise<RecordedRequest>;
  /** Answers every held request, and lets later matches through. */
  release(): void;
}

interface Hold {
  matches: (request: RecordedRequest) => boolean;
  held: Array<() => void>;
  arrive: (request: RecordedRequest) => void;
}

interface Failure {
  prefix: string;
  status: number;
  headers: Record<string, string>;
  left: number;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** Lowercase, no diacritics, punctuation → space, single spaces. Same rule the eval scores with. */
export function normalizeTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tokens(text: string): string[] {
  const norm = normalizeTitle(text);
  return norm ? [...new Set(norm.split(' '))] : [];
}

/**
 * Fuzzy scorer in the spirit of TVmaze's search: exact name first, then shared words weighted by rarity
 * (a shared "the" counts for little, a shared "ballard" for a lot), then word prefixes at half weight.
 * Scores are in (0, 1], like the modern API.
 */
export class ShowIndex {
  private readonly docFreq = new Map<string, number>();
  private readonly entries: { show: FakeShow; norm: string; tokens: string[] }[] = [];

  constructor(shows: Iterable<FakeShow>) {
    for (const show of shows) {
      const toks = tokens(show.name);
      this.entries.push({ show, norm: normalizeTitle(show.name), tokens: toks });
      for (const t of toks) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
    }
  }

  private idf(token: string): number {
    return Math.log(1 + this.entries.length / (1 + (this.docFreq.get(token) ?? 0)));
  }

  search(query: string, limit = 10): { score: number; show: FakeShow }[] {
    const qNorm = normalizeTitle(query);
    const qTokens = tokens(query);
    if (qTokens.length === 0) return [];
    const scored: { score: number; show: FakeShow }[] = [];
    for (const entry of this.entries) {
      const score = entry.norm === qNorm ? 1 : this.partialScore(qTokens, entry.tokens);
      if (score > 0) scored.push({ score: Math.round(score * 1e6) / 1e6, show: entry.show });
    }
    scored.sort(
      (a, b) => b.score - a.score || (b.show.weight ?? 0) - (a.show.weight ?? 0) || a.show.id - b.show.id,
    );
    return scored.slice(0, limit);
  }

  private partialScore(qTokens: string[], nTokens: string[]): number {
    let matched = 0;
    let total = 0;
    const union = new Set([...qTokens, ...nTokens]);
    for (const t of union) total += this.idf(t);
    for (const q of qTokens) {
      if (nTokens.includes(q)) matched += this.idf(q);
      else if (q.length >= 3 && nTokens.some((n) => n.length >= 3 && (n.startsWith(q) || q.startsWith(n))))
        matched += this.idf(q) / 2;
    }
    return total > 0 ? 0.9 * (matched / total) : 0;
  }
}

function parseQuery(params: URLSearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of new Set(params.keys())) query[key] = params.getAll(key).join(',');
  return query;
}

function embedsOf(params: URLSearchParams): Set<string> {
  return new Set([...params.getAll('embed'), ...params.getAll('embed[]')]);
}

function isoDate(today: string | Date | undefined): Date {
  if (today === undefined) return new Date();
  return typeof today === 'string' ? new Date(`${today.slice(0, 10)}T12:00:00Z`) : today;
}

export async function startFakeTvmaze(options: FakeTvmazeOptions): Promise<FakeTvmaze> {
  const host = options.host ?? '127.0.0.1';
  const initial = options.shows.map((s) => structuredClone(s));
  const shows = new Map<number, FakeShow>();
  let index: ShowIndex | undefined;
  const requests: RecordedRequest[] = [];
  let failures: Failure[] = [];
  let offline = false;
  let latency = 0;
  let holds: Hold[] = [];
  let hits: number[] = [];
  const sockets = new Set<Socket>();

  const loadCatalog = () => {
    shows.clear();
    for (const s of initial) shows.set(s.id, structuredClone(s));
    index = undefined;
  };
  loadCatalog();
  const showIndex = () => (index ??= new ShowIndex(shows.values()));
  const nowMs = () => (options.today === undefined ? Date.now() : isoDate(options.today).getTime());

  /** The show as the API would render it: `_embedded` only with the embeds asked for. */
  const render = (show: FakeShow, embeds: Set<string>): FakeShow => {
    const { _embedded: stored, _akas: _unused, ...rest } = structuredClone(show);
    const embedded: Record<string, unknown> = {};
    if (embeds.has('seasons')) embedded.seasons = stored?.seasons ?? [];
    if (embeds.has('nextepisode') && stored?.nextepisode) embedded.nextepisode = stored.nextepisode;
    return Object.keys(embedded).length > 0 ? { ...rest, _embedded: embedded } : rest;
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, String(error));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  server.on('connection', (socket) => {
    if (offline) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  function sendError(res: ServerResponse, status: number, message = '', headers: Record<string, string> = {}) {
    sendJson(res, status, { name: REASONS[status] ?? 'Error', message, code: 0, status }, headers);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const entry: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: parseQuery(url.searchParams),
      search: url.search,
      status: 0,
      showIds: [],
      at: Date.now(),
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Allow-Headers': '*' });
      res.end();
      return;
    }
    requests.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));
    if (latency > 0) await new Promise((r) => setTimeout(r, latency));
    const hold = holds.find((h) => h.matches(entry));
    if (hold) {
      hold.arrive(entry);
      await new Promise<void>((resume) => hold.held.push(resume));
    }
    if (offline) {
      res.destroy();
      return;
    }

    const failure = failures.find((f) => path.startsWith(f.prefix) && f.left > 0);
    if (failure) {
      failure.left -= 1;
      failures = failures.filter((f) => f.left > 0);
      sendError(res, failure.status, 'Injected failure', failure.headers);
      return;
    }

    if (options.rateLimit !== false && options.rateLimit) {
      const { max, windowMs } = options.rateLimit;
      const now = Date.now();
      hits = hits.filter((t) => now - t < windowMs);
      if (hits.length >= max) {
        sendError(res, 429, 'Rate limit exceeded');
        return;
      }
      hits.push(now);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'Method not allowed');
      return;
    }
    const params = url.searchParams;
    const embeds = embedsOf(params);
    const q = params.get('q');

    if (path === '/search/shows') {
      if (q === null) return sendError(res, 400, 'Missing required parameters: "q".');
      const results = showIndex().search(q);
      entry.showIds = results.map((r) => r.show.id);
      return sendJson(
        res,
        200,
        results.map((r) => ({ score: r.score, show: render(r.show, new Set()) })),
      );
    }
    if (path === '/singlesearch/shows') {
      if (q === null) return sendError(res, 400, 'Missing required parameters: "q".');
      const best = showIndex().search(q, 1)[0];
      if (!best) {
        if (options.singlesearchMiss === 'null') return sendJson(res, 200, null);
        res.writeHead(404);
        return res.end();
      }
      entry.showIds = [best.show.id];
      return sendJson(res, 200, render(best.show, embeds));
    }
    if (path === '/lookup/shows') {
      const match = [...shows.values()].find((s) => {
        const ext = s.externals;
        if (!ext) return false;
        if (params.has('imdb')) return ext.imdb === params.get('imdb');
        if (params.has('thetvdb')) return String(ext.thetvdb) === params.get('thetvdb');
        if (params.has('tvrage')) return String(ext.tvrage) === params.get('tvrage');
        return false;
      });
      if (!match) return sendError(res, 404);
      entry.showIds = [match.id];
      res.writeHead(301, { Location: `${baseUrl()}/shows/${match.id}` });
      return res.end();
    }
    if (path === '/updates/shows') {
      const since = params.get('since');
      const windowS = since === 'day' ? 86_400 : since === 'week' ? 604_800 : since === 'month' ? 2_592_000 : 0;
      if (since !== null && windowS === 0) return sendError(res, 400, 'Invalid value for "since".');
      const cutoff = windowS ? nowMs() / 1000 - windowS : -Infinity;
      const body: Record<string, number> = {};
      for (const s of [...shows.values()].sort((a, b) => a.id - b.id)) {
        if (typeof s.updated === 'number' && s.updated >= cutoff) body[String(s.id)] = s.updated;
      }
      return sendJson(res, 200, body);
    }
    if (path === '/shows') {
      // TVmaze's paged index: 250 ids a page, by id; 404 past the last page.
      const page = Number(params.get('page') ?? 0);
      const all = [...shows.values()].sort((a, b) => a.id - b.id);
      const last = all.length ? Math.floor(all.at(-1)!.id / 250) : -1;
      if (!Number.isInteger(page) || page < 0 || page > last) return sendError(res, 404);
      const onPage = all.filter((s) => Math.floor(s.id / 250) === page);
      entry.showIds = onPage.map((s) => s.id);
      return sendJson(res, 200, onPage.map((s) => render(s, new Set())));
    }
    const akasPath = /^\/shows\/(\d+)\/akas$/.exec(path);
    if (akasPath) {
      const show = shows.get(Number(akasPath[1]));
      if (!show) return sendError(res, 404);
      entry.showIds = [show.id];
      // Catalog records may carry `_akas` ([{ name, country }]) as recorded from /shows/:id/akas.
      return sendJson(res, 200, structuredClone((show._akas as unknown[] | undefined) ?? []));
    }
    const showPath = /^\/shows\/(\d+)(\/seasons)?$/.exec(path);
    if (showPath) {
      const show = shows.get(Number(showPath[1]));
      if (!show) return sendError(res, 404);
      entry.showIds = [show.id];
      if (showPath[2]) return sendJson(res, 200, structuredClone(show._embedded?.seasons ?? []));
      return sendJson(res, 200, render(show, embeds));
    }
    return sendError(res, 404, 'Page not found.');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = () => `http://${host}:${port}`;

  const releaseAll = () => {
    for (const hold of holds) for (const resume of hold.held.splice(0)) resume();
    holds = [];
  };

  const dropSockets = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  return {
    url: baseUrl(),
    port,
    requests,
    reset() {
      requests.length = 0;
      failures = [];
      offline = false;
      latency = 0;
      releaseAll();
      hits = [];
      loadCatalog();
    },
    setShow(show) {
      shows.set(show.id, structuredClone(show));
      index = undefined;
    },
    updateShow(id, patch) {
      const show = shows.get(id);
      if (!show) throw new Error(`fake TVmaze: no show ${id}`);
      const updated = patch.updated ?? Math.max((show.updated ?? 0) + 1, Math.floor(Date.now() / 1000));
      shows.set(id, { ...show, ...structuredClone(patch), updated });
      index = undefined;
    },
    removeShow(id) {
      shows.delete(id);
      index = undefined;
    },
    getShow(id) {
      const show = shows.get(id);
      return show && structuredClone(show);
    },
    failNext(pathPrefix, status, headers = {}, times = 1) {
      failures.push({ prefix: pathPrefix, status, headers, left: times });
    },
    setOffline(value) {
      offline = value;
      if (value) dropSockets();
    },
    setLatency(ms) {
      latency = ms;
    },
    hold(matches) {
      let arrive!: (request: RecordedRequest) => void;
      const arrived = new Promise<RecordedRequest>((resolve) => (arrive = resolve));
      const hold: Hold = { matches, held: [], arrive };
      holds.push(hold);
      return {
        arrived,
        release() {
          holds = holds.filter((h) => h !== hold);
          for (const resume of hold.held.splice(0)) resume();
        },
      };
    },
    requestsTo(pathPrefix = '') {
      return requests.filter((r) => r.path.startsWith(pathPrefix));
    },
    close() {
      return new Promise<void>((resolve) => {
        releaseAll();
        dropSockets();
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
