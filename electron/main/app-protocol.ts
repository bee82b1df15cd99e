/**
 * The privileged `app://` scheme that serves out/renderer. Never `file://`: IndexedDB is per origin,
 * and a stable `app://wasl` origin keeps every desk's data where the next version looks for it.
 * HTML responses carry a fresh CSP nonce, both in the header and in the page (for Mantine's <style>).
 */
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicy, injectNonce } from '../../shared/security/csp';
import { SYNC_CONNECT_SOURCES } from '../../shared/sync/server-url';
import { mimeTypeOf } from '../../shared/web/mime';

export const APP_SCHEME = 'app';
export const APP_HOST = 'wasl';
/** Every page of ours starts with this; Node's URL gives non-special schemes a 'null' origin, so compare prefixes. */
export const APP_URL_PREFIX = `${APP_SCHEME}://${APP_HOST}/`;
export const APP_ENTRY_URL = `${APP_URL_PREFIX}index.html`;

/** Must run before the app is ready: privileges cannot be granted afterwards. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard + secure give a real origin with IndexedDB, crypto.subtle and fetch.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
    },
  ]);
}

export interface AppProtocolOptions {
  /** Absolute path of out/renderer. */
  rootDir: string;
  /** A fresh random nonce per HTML response. */
  createNonce?: () => string;
}

export function randomNonce(): string {
  return randomBytes(16).toString('base64');
}

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Maps a request URL to a file under rootDir, or null when it would leave rootDir.
 * Paths without an extension fall back to index.html (the renderer routes by hash anyway).
 */
export function resolveRequestPath(rootDir: string, requestUrl: string): string | null {
  const url = new URL(requestUrl);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Encoded separators and dots survive URL parsing; judge the decoded path, and refuse NULs outright.
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const root = resolve(rootDir);
  const target = resolve(root, `.${pathname}`);
  if (target !== root && !target.startsWith(root + sep)) return null;
  return target === root || extname(target) === '' ? resolve(root, 'index.html') : target;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The request handler, separate from `protocol.handle` so it can be tested on its own. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const createNonce = options.createNonce ?? randomNonce;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const path = resolveRequestPath(options.rootDir, request.url);
    if (path === null) return textResponse(403, 'Forbidden');
    if (!(await isFile(path))) return textResponse(404, 'Not found');
    const extension = extname(path);
    const headers = new Headers({ 'Content-Type': mimeTypeOf(extension), 'X-Content-Type-Options': 'nosniff' });
    if (extension === '.html') {
      const nonce = createNonce();
      headers.set('Content-Security-Policy', contentSecurityPolicy(nonce, { connectSources: SYNC_CONNECT_SOURCES }));
      headers.set('Cache-Control', 'no-store');
      return new Response(injectNonce(await readFile(path, 'utf8'), nonce), { status: 200, headers });
    }
    return new Response(await readFile(path), { status: 200, headers });
  };
}

/** Call once the app is ready. */
export function registerAppProtocol(options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}
