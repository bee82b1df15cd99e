/**
 * Builds a bench page with vite into a temp folder, serves it on 127.0.0.1 with the app's real
 * CSP header (so code that needs 'unsafe-eval' fails here as it would in the app), and opens it
 * in the system Chromium. Console warnings/errors and CSP violations are collected.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { contentSecurityPolicy, injectNonce } from '../../shared/security/csp.ts';
import { pdfEnginePlugin } from '../../renderer/src/pdf/engine/vite-plugin.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** Builds `root/page.html` (and what it imports) into a temp folder; the caller removes it. */
export async function buildPage(root, { minify = true } = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'wasl-bench-'));
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    plugins: [pdfEnginePlugin()],
    // Worker bundles take their own plugin list.
    worker: { format: 'es', plugins: () => [pdfEnginePlugin()] },
    resolve: { alias: { '@shared': join(repo, 'shared'), '@renderer': join(repo, 'renderer/src') } },
    build: { outDir, emptyOutDir: true, target: 'es2022', minify, chunkSizeWarningLimit: 4096, rollupOptions: { input: join(root, 'page.html') } },
  });
  return outDir;
}

/** Serves a built page with the app's CSP; connectSources widens connect-src (e.g. a sync server). */
export function serve(dir, connectSources = []) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'page.html' : path);
    try {
      const nonce = randomBytes(16).toString('base64');
      // As the app's own servers do: a page that asks for the nonce (Mantine's <style> elements) gets it.
      const body = extname(file) === '.html' ? injectNonce(readFileSync(file, 'utf8'), nonce) : readFileSync(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy(nonce, { connectSources }),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const LAUNCH = { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] };

/**
 * A browser and its page. By default an in-memory (incognito) context; `persistentProfile` opens an
 * on-disk profile in a temp folder, as the app's is: a desk of 100,000 files, requests and contacts
 * outgrows the in-memory profile's storage quota (QuotaExceededError while seeding).
 */
async function openBrowserPage(persistentProfile) {
  if (!persistentProfile) {
    const browser = await chromium.launch(LAUNCH);
    return { page: await browser.newPage(), version: () => browser.version(), close: () => browser.close() };
  }
  const profile = mkdtempSync(join(tmpdir(), 'wasl-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, LAUNCH);
  return {
    page: context.pages()[0] ?? (await context.newPage()),
    version: async () => context.browser()?.version() ?? (await context.pages()[0].evaluate(() => navigator.userAgent)),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs `fn(page)` against the built page; always cleans up the browser, server and build. */
export async function withBenchPage(root, fn, { persistentProfile = false } = {}) {
  const outDir = await buildPage(root);
  const server = await serve(outDir);
  const browser = await openBrowserPage(persistentProfile);
  const problems = [];
  try {
    const { page } = browser;
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const result = await fn(page);
    return { result, problems, userAgent: await browser.version() };
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
