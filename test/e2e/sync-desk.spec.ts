import { expect, watchProblems } from './fixtures';
import { withDevSyncServer } from './dev-sync-server';
import { setUpDesk } from './desk-flows';
import { FATIMA, fillPerson, openNewFile, saveAndExpectFile } from './registry-flows';
import { tr } from './ar-strings';

/**
 * The desk in Chromium syncing with the real sync server (`tsx server/main.ts` on PGlite in a
 * temporary folder): set the server address, register a file, see the header indicator reach
 * "synced" and the file on the server. The page's CSP must let it connect (connect-src).
 */
const SYNC_PORT = Number(process.env.WASL_E2E_SYNC_PORT ?? 8797);
const DEV_TOKEN = 'e2e-sync-token-0123';

// Nothing listens here: the desk's requests are refused, so the header shows the sync error in words.
const CLOSED_PORT = Number(process.env.WASL_E2E_CLOSED_PORT ?? 8794);

const test = withDevSyncServer(SYNC_PORT, DEV_TOKEN);

test('a desk set to a server address syncs a new file: the indicator shows "synced" and the server has it', async ({ page, syncServer }) => {
  test.setTimeout(120_000);
  await setUpDesk(page);
  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toHaveAttribute('data-phase', 'not-configured');

  await indicator.click();
  await expect(page.getByRole('heading', { name: tr('sync.title'), level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: tr('sync.server.url') }).fill('http://sync.example.org');
  await page.getByRole('button', { name: tr('sync.server.save') }).click();
  await expect(page.getByText(tr('errors.sync.url-insecure'))).toBeVisible();
  await page.getByRole('textbox', { name: tr('sync.server.url') }).fill(syncServer);
  await page.getByLabel(tr('sync.server.token')).fill(DEV_TOKEN);
  await page.getByRole('button', { name: tr('sync.server.save') }).click();
  await expect(page.getByText(tr('sync.server.saved'))).toBeVisible();
  await expect(indicator).toHaveAttribute('data-phase', 'synced', { timeout: 30_000 });
  await expect(page.getByTestId('sync-phase')).toHaveText(tr('sync.phase.synced'));

  await openNewFile(page);
  await fillPerson(page, FATIMA);
  const fileNumber = await saveAndExpectFile(page);
  await expect(indicator).toHaveAttribute('data-phase', 'synced', { timeout: 30_000 });
  await expect(page.getByTestId('sync-pending')).toHaveCount(0);

  const response = await fetch(`${syncServer}/sync/beneficiaries/pull?checkpoint=0&limit=100`, { headers: { authorization: `Bearer ${DEV_TOKEN}` } });
  const { documents } = (await response.json()) as { documents: Record<string, unknown>[] };
  const onServer = documents.find((doc) => doc.fileNumber === fileNumber);
  // The server holds plaintext (it finds duplicates from it); the desk keeps it encrypted at rest.
  expect(onServer).toMatchObject({ fileNumber, nationalId: FATIMA.nationalId, fullName: expect.stringContaining(FATIMA.name[0]) });
});

test('a sync error in a narrow window wraps the header: every header button stays in view, the page below it', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ viewport: { width: 900, height: 700 } })).newPage();
  const problems = await watchProblems(page);
  await setUpDesk(page);
  await page.getByTestId('sync-indicator').click();
  await page.getByRole('textbox', { name: tr('sync.server.url') }).fill(`http://127.0.0.1:${CLOSED_PORT}`);
  await page.getByLabel(tr('sync.server.token')).fill(DEV_TOKEN);
  await page.getByRole('button', { name: tr('sync.server.save') }).click();
  await expect(page.getByTestId('sync-detail')).toHaveText(tr('errors.sync.unreachable'), { timeout: 30_000 });

  const header = page.getByRole('banner');
  const buttons = await header.getByRole('button').all();
  expect(buttons.length).toBeGreaterThanOrEqual(4);
  // Nothing in the header cut off: every element inside the header's box and the window, and
  // none that clips its content narrower than the content (a squeezed button cuts its label).
  const clipped = () =>
    header.evaluate((root) => {
      const frame = root.getBoundingClientRect();
      return [...root.querySelectorAll('*')]
        .filter((el) => {
          const b = el.getBoundingClientRect();
          const clips = getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
          return clips || b.top < frame.top - 1 || b.bottom > frame.bottom + 1 || b.left < -1 || b.right > window.innerWidth + 1;
        })
        .map((el) => `${el.tagName} ${(el.textContent ?? '').slice(0, 30)}`);
    });
  await expect.poll(clipped).toEqual([]);
  const box = (await header.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  for (const button of buttons) {
    await expect(button).toBeInViewport({ ratio: 1 });
    const b = (await button.boundingBox())!;
    expect(b.y + b.height, await button.innerText()).toBeLessThanOrEqual(box.y + box.height + 0.5);
  }
  // The page starts below the taller header.
  const heading = (await page.getByRole('heading', { name: tr('sync.title'), level: 1 }).boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(box.y + box.height);
  await page.screenshot({ path: test.info().outputPath('header-wrapped.png') });
  // The refused connections are the point of this test; nothing else may be logged.
  expect(problems().filter((problem) => !problem.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
});
