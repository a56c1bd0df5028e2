import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeTempDir } from '../harness/paths';
import { DEFAULT_TIMEOUT_MS, waitFor } from '../harness/poll';
import { makeCertificate } from './cert';
import { isFixtureHost, isSearchHost, isSocialHost } from './hosts';
import {
  linkPage,
  profilePage,
  searchPage,
  serviceWorkerInstallPage,
  serviceWorkerScript,
  spaPage,
  unrelatedPage,
} from './pages';

/** One request the fixture server received. */
export interface RequestRecord {
  time: number;
  method: string;
  scheme: 'https' | 'http';
  host: string;
  path: string;
  /** The query string without '?', or ''. */
  query: string;
  url: string;
  /** `navigate`, `script`, … from Sec-Fetch-Dest when the browser sends it. */
  dest: string;
}

/** One JSON beacon posted to /__beacon (by the SPA and profile pages' frame recorder). */
export interface Beacon {
  time: number;
  host: string;
  data: { kind?: string; path?: string; url?: string; [key: string]: unknown };
}

type Reply = { status: number; body: string; type?: string; headers?: Record<string, string> };

const DEFAULT_SPA_LINKS = ['/alex/', '/bob/', '/explore/'];

/** Answers for every host name (browsers resolve them all to this server's loopback IP). */
function route(host: string, path: string, params: URLSearchParams): Reply {
  const html = (body: string): Reply => ({ status: 200, body, type: 'text/html; charset=utf-8' });
  if (path === '/favicon.ico') return { status: 404, body: '' };
  if (path === '/links') return html(linkPage(params.getAll('to'), params.get('newtab') === '1'));
  if (isSearchHost(host)) return html(searchPage(host, params.getAll('to')));
  if (!isSocialHost(host)) return html(unrelatedPage(host, path));
  if (path.startsWith('/__spa')) {
    const links = params.get('links')?.split(',').filter(Boolean) ?? DEFAULT_SPA_LINKS;
    return html(spaPage(host, links));
  }
  if (path === '/__sw/' || path === '/__sw') return html(serviceWorkerInstallPage());
  if (path === '/__fixture/sw.js') {
    return {
      status: 200,
      body: serviceWorkerScript(host),
      type: 'text/javascript',
      headers: { 'service-worker-allowed': '/' },
    };
  }
  return html(profilePage(host, path));
}

/**
 * The local HTTPS fixture server: one free loopback IP (127.0.0.2–250) on ports 443 and 80,
 * a self-signed certificate for every fixture host, and a log of every request so tests can
 * assert what it never saw. Port 80 answers like real sites: a redirect to https.
 */
export class FixtureServer {
  private readonly log: RequestRecord[] = [];
  private readonly beaconLog: Beacon[] = [];

  private constructor(
    readonly ip: string,
    private readonly servers: (https.Server | http.Server)[],
  ) {}

  /** Starts on the first free loopback address, beginning at a random one so parallel runs rarely collide. */
  static async start(): Promise<FixtureServer> {
    const { key, cert } = makeCertificate(makeTempDir('cert-'));
    const holder: { server?: FixtureServer } = {};
    const secure = https.createServer({ key, cert }, (req, res) => holder.server?.handle(req, res, 'https'));
    const plain = http.createServer((req, res) => holder.server?.handle(req, res, 'http'));
    const first = 2 + Math.floor(Math.random() * 249);
    for (let i = 0; i < 249; i++) {
      const ip = `127.0.0.${2 + ((first - 2 + i) % 249)}`;
      if (!(await listen(secure, ip, 443))) continue;
      if (!(await listen(plain, ip, 80))) {
        await new Promise((resolve) => secure.close(resolve));
        continue;
      }
      holder.server = new FixtureServer(ip, [secure, plain]);
      return holder.server;
    }
    throw new Error('No free loopback address with ports 443 and 80 in 127.0.0.2–250');
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, scheme: 'https' | 'http'): void {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `${scheme}://${host}`);
    if (url.pathname === '/__beacon') {
      this.collectBeacon(req, res, host);
      return;
    }
    this.log.push({
      time: Date.now(),
      method: req.method ?? 'GET',
      scheme,
      host,
      path: url.pathname,
      query: url.search.slice(1),
      url: url.href,
      dest: String(req.headers['sec-fetch-dest'] ?? ''),
    });
    if (scheme === 'http') {
      res.writeHead(301, { location: `https://${host}${req.url ?? '/'}`, 'cache-control': 'no-store' });
      res.end();
      return;
    }
    const reply = route(host, url.pathname, url.searchParams);
    res.writeHead(reply.status, {
      'content-type': reply.type ?? 'text/plain',
      'cache-control': 'no-store',
      ...reply.headers,
    });
    res.end(reply.body);
  }

  private collectBeacon(req: http.IncomingMessage, res: http.ServerResponse, host: string): void {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      try {
        this.beaconLog.push({ time: Date.now(), host, data: JSON.parse(body) as Beacon['data'] });
      } catch {
        this.beaconLog.push({ time: Date.now(), host, data: { kind: 'unparsable', body } });
      }
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
    });
  }

  /** `https://<host><path>` */
  url(host: string, path = '/'): string {
    return `https://${host}${path}`;
  }

  /** A page on an unrelated host with links (ids link-0, link-1, …) to the given URLs. */
  linkPageUrl(urls: readonly string[], options: { newTab?: boolean; host?: string } = {}): string {
    const params = new URLSearchParams(urls.map((to) => ['to', to]));
    if (options.newTab) params.set('newtab', '1');
    return `https://${options.host ?? 'news.example'}/links?${params}`;
  }

  /** The SPA fixture on a social host; its links (spa-link-0, …) and window.__goto(path) pushState in place. */
  spaUrl(host = 'www.instagram.com', links: readonly string[] = DEFAULT_SPA_LINKS): string {
    return `https://${host}/__spa/?links=${encodeURIComponent(links.join(','))}`;
  }

  /** The page that installs the service-worker fixture on a social host (x.com by default). */
  serviceWorkerUrl(host = 'x.com'): string {
    return `https://${host}/__sw/`;
  }

  /** Every request to a fixture host so far (beacons excluded; see beacons()). */
  requests(): RequestRecord[] {
    return this.log.filter((r) => isFixtureHost(r.host));
  }

  /** Every request, including the browsers' own background traffic to other hosts. */
  allRequests(): RequestRecord[] {
    return [...this.log];
  }

  /** Requests to `host` or any subdomain of it, whose path starts with `pathPrefix`. */
  requestsFor(host: string, pathPrefix = '/'): RequestRecord[] {
    const h = host.toLowerCase();
    return this.log.filter(
      (r) => (r.host === h || r.host.endsWith(`.${h}`)) && r.path.startsWith(pathPrefix),
    );
  }

  /** Beacons so far, optionally only one kind (`ready`, `frame`, `pagehide`, `sw-ready`). */
  beacons(kind?: string): Beacon[] {
    return this.beaconLog.filter((b) => kind === undefined || b.data.kind === kind);
  }

  /** Polls until a beacon matches. */
  waitForBeacon(match: (beacon: Beacon) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Beacon> {
    return waitFor(() => this.beaconLog.find(match), { timeoutMs, message: 'a matching beacon' });
  }

  /** Polls until a request for host + path prefix arrives. */
  waitForRequest(host: string, pathPrefix = '/', timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RequestRecord> {
    return waitFor(() => this.requestsFor(host, pathPrefix)[0], {
      timeoutMs,
      message: `a request to ${host}${pathPrefix}`,
    });
  }

  /** Forgets all requests and beacons. */
  clear(): void {
    this.log.length = 0;
    this.beaconLog.length = 0;
  }

  /** Stops listening and drops open connections. */
  async close(): Promise<void> {
    await Promise.all(
      this.servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      ),
    );
  }
}

/** Resolves true when listening, false when the address is taken or unusable. */
function listen(server: http.Server | https.Server, ip: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const onError = () => {
      server.off('listening', onListening);
      resolve(false);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port === port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, ip);
  });
}
