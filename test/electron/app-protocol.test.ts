import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { protocol } from 'electron';
import {
  APP_ENTRY_URL,
  createAppProtocolHandler,
  randomNonce,
  registerAppProtocol,
  registerAppScheme,
} from '../../electron/main/app-protocol';
import { CSP_NONCE_PLACEHOLDER } from '../../shared/security/csp';

vi.mock('electron', () => import('./electron-fake'));

let base: string;
let root: string;
const INDEX = `<!doctype html><meta name="wasl-csp-nonce" content="${CSP_NONCE_PLACEHOLDER}"><title>وصل</title>`;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'wasl-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), INDEX);
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'font.woff2'), new Uint8Array([1, 2, 3]));
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>');
  // A file beside the served folder that no URL may reach.
  await writeFile(join(base, 'secret.txt'), 'root:x:0:0');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string) => createAppProtocolHandler({ rootDir: root })(new Request(url));

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP header and the same nonce injected into the page', async () => {
    const response = await get(APP_ENTRY_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    const html = await response.text();
    expect(html).toContain(`content="${nonce}"`);
    expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
  });

  it('uses a different nonce for every HTML response', async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      const csp = (await get('app://wasl/')).headers.get('content-security-policy') ?? '';
      nonces.add(/'nonce-([^']+)'/.exec(csp)?.[1] ?? '');
    }
    expect(nonces.size).toBe(5);
    expect(randomNonce()).not.toBe(randomNonce());
  });

  it('falls back to index.html for paths without an extension', async () => {
    const response = await get('app://wasl/staff/list');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBeTruthy();
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/logo.svg', 'image/svg+xml'],
  ])('serves %s as %s without a CSP header', async (path, mime) => {
    const response = await get(`app://wasl/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(mime);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('answers 404 for a missing asset', async () => {
    expect((await get('app://wasl/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside out/renderer', async () => {
    // The URL parser already folds plain dot segments back inside the root.
    const plain = await get('app://wasl/../../etc/passwd');
    expect(await plain.text()).not.toContain('root:');
    for (const url of [
      'app://wasl/..%2fsecret.txt',
      'app://wasl/%2e%2e%2fsecret.txt',
      'app://wasl/assets/..%2f..%2fsecret.txt',
      'app://wasl/..%2f..%2f..%2fetc%2fpasswd',
      'app://wasl/..%5csecret.txt',
      'app://wasl/index.html%00.js',
      'app://wasl/%E0%A4%A',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('root:');
    }
  });

  it('refuses other hosts and methods', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(403);
    const post = await createAppProtocolHandler({ rootDir: root })(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });
});

describe('app:// registration', () => {
  it('registers app as a standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
  });

  it('hands the handler to protocol.handle for the app scheme', async () => {
    registerAppProtocol({ rootDir: root, createNonce: () => 'fixed-nonce' });
    const [scheme, handler] = vi.mocked(protocol.handle).mock.calls.at(-1) ?? [];
    expect(scheme).toBe('app');
    const response = await (handler as (request: Request) => Promise<Response>)(new Request(APP_ENTRY_URL));
    expect(await response.text()).toContain('content="fixed-nonce"');
  });
});
