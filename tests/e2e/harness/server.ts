// A static server on 127.0.0.1 for e2e pages: each path is registered with its body and headers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  body: string | Buffer;
  /** Defaults to HTML in UTF-8. */
  contentType?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  origin: string;
  /** Serves `page` at `path` (replacing what was there) and returns its absolute URL. */
  serve(path: string, page: Served): string;
  close(): Promise<void>;
}

export const HTML = 'text/html; charset=utf-8';

/** The same served URL under another name of this machine ('localhost'): another site to the extension. */
export function atHost(url: string, hostname: string): string {
  const u = new URL(url);
  u.hostname = hostname;
  return u.href;
}

export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, Served>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.contentType ?? HTML, 'cache-control': 'no-store', ...page.headers });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve(path, page) {
      pages.set(path, page);
      return origin + path;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
