import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CSP_NONCE_PLACEHOLDER } from '@shared/security/csp';
import { startRendererServer, type RunningServer } from '../../server/web/serve-renderer';

// A real server on an ephemeral port over a synthetic build folder.
let root: string;
let running: RunningServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'wasl-serve-'));
  await mkdir(join(root, 'assets'));
  await writeFile(
    join(root, 'index.html'),
    `<!doctype html><html><head><meta name="wasl-csp-nonce" content="${CSP_NONCE_PLACEHOLDER}" /></head><body></body></html>`,
  );
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(join(root, 'assets', 'app.css'), 'body { margin: 0; }');
  await writeFile(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  // A file outside the served folder that traversal would try to reach.
  await writeFile(join(root, '..', 'wasl-serve-secret.txt'), 'secret');
  running = await startRendererServer({ root, port: 0 });
});

afterAll(async () => {
  await running.close();
  await rm(root, { recursive: true, force: true });
  await rm(join(root, '..', 'wasl-serve-secret.txt'), { force: true });
});

/** Raw GET with the path sent as-is (fetch would normalise `..` away before sending). */
function rawGet(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(running.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function nonceOf(csp: string | string[] | undefined): string | undefined {
  return typeof csp === 'string' ? /'nonce-([^']+)'/.exec(csp)?.[1] : undefined;
}

describe('serve-renderer', () => {
  test('HTML gets a fresh nonce per response, in the CSP header and the meta tag alike', async () => {
    const first = await rawGet('/');
    const second = await rawGet('/index.html');
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      const csp = response.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      const nonce = nonceOf(csp);
      expect(nonce).toBeTruthy();
      expect(response.body).toContain(`<meta name="wasl-csp-nonce" content="${nonce}" />`);
      expect(response.body).not.toContain(CSP_NONCE_PLACEHOLDER);
    }
    expect(nonceOf(first.headers['content-security-policy'])).not.toBe(nonceOf(second.headers['content-security-policy']));
  });

  test('static assets carry their MIME type and the CSP header', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/assets/app.js', /^text\/javascript/],
      ['/assets/app.css', /^text\/css/],
      ['/assets/font.woff2', /^font\/woff2$/],
    ];
    for (const [path, type] of cases) {
      const response = await rawGet(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).toMatch(type);
      expect(response.headers['content-security-policy'], path).toContain("default-src 'none'");
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
    }
    expect((await rawGet('/assets/app.js')).body).toBe('console.log(1);');
  });

  test('path traversal is refused', async () => {
    for (const path of ['/../wasl-serve-secret.txt', '/assets/../../wasl-serve-secret.txt', '/%2e%2e/wasl-serve-secret.txt', '/assets%2f..%2f..%2fwasl-serve-secret.txt', '/..%5cwasl-serve-secret.txt']) {
      const response = await rawGet(path);
      expect([400, 404], path).toContain(response.status);
      expect(response.body, path).not.toContain('secret');
    }
  });

  test('extension-less paths fall back to index.html; missing assets are 404', async () => {
    const route = await rawGet('/staff/new');
    expect(route.status).toBe(200);
    expect(route.body).toContain('wasl-csp-nonce');
    expect(nonceOf(route.headers['content-security-policy'])).toBeTruthy();

    const missing = await rawGet('/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBeTruthy();
  });

  test('refuses to start without a built index.html', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'wasl-serve-empty-'));
    await expect(startRendererServer({ root: empty, port: 0 })).rejects.toThrow(/npm run build/);
    await rm(empty, { recursive: true, force: true });
  });
});
