/**
 * useAction in a real React DOM (react-dom in Chromium; this repository has no jsdom): busy while the
 * action runs, the translation key of what it threw (never the text), the value on success, and no
 * render once the component is gone, even when the action settles after.
 */
import { expect, test } from 'vitest';
// @ts-expect-error plain .mjs helper without types
import { withBenchPage } from '../../bench/lib/browser-page.mjs';

type Probe = { mount(): void; unmount(): void; resolve(v: string): void; reject(name: string): void; renders(): number; html(): string };
type Page = {
  waitForFunction(fn: (arg: string) => boolean, arg?: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R, arg?: A): Promise<R>;
  click(selector: string): Promise<void>;
  getAttribute(selector: string, name: string): Promise<string | null>;
};

/** Calls one of the page's probe functions (no eval: the page runs under the app's CSP). */
const call = (page: Page, method: keyof Probe, arg?: string) =>
  page.evaluate(([m, a]: [string, string | undefined]) => (globalThis as unknown as { probe: Record<string, (x?: string) => unknown> }).probe[m]?.(a), [method, arg] as [string, string | undefined]);

test('useAction: busy, error key, result, and nothing after unmount', async () => {
  const { result, problems } = (await withBenchPage(new URL('../fixtures/use-action', import.meta.url).pathname, async (page: Page) => {
    await page.waitForFunction(() => 'probe' in globalThis);
    await call(page, 'mount');
    const state = async () => ({ busy: await page.getAttribute('#probe', 'data-busy'), error: await page.getAttribute('#probe', 'data-error'), result: await page.getAttribute('#probe', 'data-result') });
    const settled = (busy: string) => page.waitForFunction((b: string) => document.getElementById('probe')?.getAttribute('data-busy') === b, busy);
    const seen: Record<string, unknown> = { idle: await state() };

    await page.click('#go');
    await settled('true');
    seen.running = await state();
    await call(page, 'reject', 'QuotaExceededError');
    await settled('false');
    seen.failed = await state();
    seen.failedHtml = await call(page, 'html');

    await page.click('#go');
    await settled('true');
    seen.retrying = await state();
    await call(page, 'resolve', 'done');
    await settled('false');
    seen.succeeded = await state();

    await page.click('#go');
    await settled('true');
    await call(page, 'unmount');
    const before = await call(page, 'renders');
    await call(page, 'resolve', 'late');
    await new Promise((r) => setTimeout(r, 200));
    seen.rendersAfterUnmount = ((await call(page, 'renders')) as number) - (before as number);
    seen.htmlAfterUnmount = await call(page, 'html');
    return seen;
  })) as { result: Record<string, unknown>; problems: string[] };

  expect(problems).toEqual([]);
  expect(result.idle).toEqual({ busy: 'false', error: '', result: '' });
  expect(result.running).toEqual({ busy: 'true', error: '', result: '' });
  expect(result.failed).toEqual({ busy: 'false', error: 'errors.failure.storage-full', result: '' });
  expect(result.failedHtml).not.toContain('secret detail');
  expect(result.retrying).toEqual({ busy: 'true', error: '', result: '' });
  expect(result.succeeded).toEqual({ busy: 'false', error: '', result: 'done' });
  expect(result.rendersAfterUnmount).toBe(0);
  expect(result.htmlAfterUnmount).toBe('');
}, 120_000);
