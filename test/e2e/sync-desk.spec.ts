import { expect } from './fixtures';
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
