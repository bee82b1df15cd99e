/**
 * Every e2e test runs with a watch on the page: a console error, an uncaught page error or a
 * CSP violation fails the test in its teardown. CSP violations are caught from the
 * `securitypolicyviolation` DOM event through an init script: Playwright injects init scripts
 * over CDP (Page.addScriptToEvaluateOnNewDocument), which the page's CSP does not govern — the
 * meta-test in csp-watch.spec.ts proves the watch really sees a violation.
 */
import { test as base, expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    __waslReportProblem?: (text: string) => void;
  }
}

/** Starts collecting problems on the page; returns what has been seen so far on each call. */
export async function watchProblems(page: Page): Promise<() => string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction('__waslReportProblem', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__waslReportProblem?.(`csp: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return () => [...problems];
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = await watchProblems(page);
    await use(page);
    expect(problems(), 'console errors, page errors or CSP violations').toEqual([]);
  },
});

export { expect };
