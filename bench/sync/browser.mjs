/**
 * bench/lib/browser-page.mjs for the sync bench: the page is built with Vite and served with the
 * app's CSP, here with the sync connect sources the browser build's server adds
 * (SYNC_CONNECT_SOURCES: a desk must reach its server), and several pages, each in its own
 * browser context (its own IndexedDB), as separate desks. SYNC_BENCH_NO_MINIFY=1 keeps function
 * names readable in a CPU profile.
 */
import { rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SYNC_CONNECT_SOURCES } from '../../shared/sync/server-url.ts';
import { buildPage, serve } from '../lib/browser-page.mjs';

/** Runs `fn({ openDesk })`; openDesk() gives a loaded page in a fresh context. Always cleans up. */
export async function withBrowser(root, fn) {
  const outDir = await buildPage(root, { minify: !process.env.SYNC_BENCH_NO_MINIFY });
  const server = await serve(outDir, SYNC_CONNECT_SOURCES);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const problems = [];
  const openDesk = async (label) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${label} ${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${label} pageerror: ${error.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => 'syncBench' in globalThis);
    return page;
  };
  try {
    const result = await fn({ openDesk });
    return { result, problems, userAgent: browser.version() };
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
