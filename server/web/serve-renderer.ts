import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy, injectNonce } from '@shared/security/csp';
import { SYNC_CONNECT_SOURCES } from '@shared/sync/server-url';
import { mimeTypeOf } from '@shared/web/mime';

/**
 * The browser build's static server: serves the built renderer (out/renderer) with the
 * same Content-Security-Policy header as the Electron app:// handler, so e2e tests in
 * Chromium see the policy the desks run under. Nothing else: no framework, no API.
 */

export const DEFAULT_PORT = 4173;
export const DEFAULT_ROOT = resolve(import.meta.dirname, '../../out/renderer');

export interface ServeOptions {
  /** Folder holding index.html and assets/. */
  root?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  host?: string;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

function baseHeaders(nonce: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce, { connectSources: SYNC_CONNECT_SOURCES }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // The renderer is rebuilt between test runs; a cached old bundle would hide that.
    'Cache-Control': 'no-store',
  };
}

function sendError(res: ServerResponse, status: number, message: string): void {
  // Error pages carry the CSP too: every response of this origin is under the policy.
  res.writeHead(status, { ...baseHeaders(freshNonce()), 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message);
}

function freshNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Maps a URL path to a file under root, or null when it would leave root. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // Refuse any `..` segment outright instead of normalising it away: no legitimate asset has one.
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const target = resolve(root, `.${decoded}`);
  return target === root || target.startsWith(root + sep) ? target : null;
}

async function sendHtml(res: ServerResponse, file: string, head: boolean): Promise<void> {
  const nonce = freshNonce();
  const html = injectNonce(await readFile(file, 'utf8'), nonce);
  res.writeHead(200, { ...baseHeaders(nonce), 'Content-Type': mimeTypeOf('.html') });
  res.end(head ? undefined : html);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, 405, 'Method not allowed');
    return;
  }
  const head = req.method === 'HEAD';
  const rawPath = (req.url ?? '/').split('?')[0]?.split('#')[0] ?? '/';
  const target = resolveInside(root, rawPath);
  if (target === null) {
    sendError(res, 400, 'Bad path');
    return;
  }
  const file = target === root ? resolve(root, 'index.html') : target;
  if (await isFile(file)) {
    const ext = extname(file).toLowerCase();
    if (ext === '.html') {
      await sendHtml(res, file, head);
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      ...baseHeaders(freshNonce()),
      'Content-Type': mimeTypeOf(ext),
      'Content-Length': String(body.length),
    });
    res.end(head ? undefined : body);
    return;
  }
  // Client-side routes (/staff, /settings/desk) have no extension: hand them the app.
  // A missing file with an extension is a real 404, so a broken asset link shows up.
  if (extname(rawPath) === '') {
    await sendHtml(res, resolve(root, 'index.html'), head);
    return;
  }
  sendError(res, 404, 'Not found');
}

export async function startRendererServer(options: ServeOptions = {}): Promise<RunningServer> {
  const root = resolve(options.root ?? DEFAULT_ROOT);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`serve-renderer: ${root}/index.html is missing; run \`npm run build\` first`);
  }
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(root, req, res).catch((error: unknown) => {
      console.error('serve-renderer:', error);
      if (!res.headersSent) sendError(res, 500, 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}

// CLI entry: `tsx server/web/serve-renderer.ts` (PORT env, default 4173).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  startRendererServer({ port })
    .then(({ url }) => console.log(`Wasl browser build at ${url}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
