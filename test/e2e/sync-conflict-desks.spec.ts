import type { Browser, Page } from '@playwright/test';
import { expect, watchProblems } from './fixtures';
import { withDevSyncServer } from './dev-sync-server';
import { setUpDesk } from './desk-flows';
import { FATIMA, fillPerson, input, openNewFile, save, saveAndExpectFile } from './registry-flows';
import { tr } from './ar-strings';

/**
 * Two desks (two browser profiles) against the real sync server edit the same file's city and
 * district offline, each to its own values. Desk A pushes first; desk B's push meets A's edit
 * and records two conflicts, which sync to A. On EACH desk the "this desk's value" button keeps
 * that desk's value (the record is labelled relative to the desk viewing it), and the file open
 * on desk B follows the merge as it lands.
 */
const SYNC_PORT = Number(process.env.WASL_E2E_CONFLICT_PORT ?? 8793);
const DEV_TOKEN = 'e2e-conflict-token-0123';
const test = withDevSyncServer(SYNC_PORT, DEV_TOKEN);

const EDITS = { A: { city: 'جدة', district: 'الروضة' }, B: { city: 'مكة', district: 'العزيزية' } };

async function openDesk(browser: Browser, syncServer: string): Promise<{ page: Page; problems: () => string[] }> {
  const page = await (await browser.newContext()).newPage();
  const problems = await watchProblems(page);
  await setUpDesk(page);
  await page.getByTestId('sync-indicator').click();
  await page.getByRole('textbox', { name: tr('sync.server.url') }).fill(syncServer);
  await page.getByLabel(tr('sync.server.token')).fill(DEV_TOKEN);
  await page.getByRole('button', { name: tr('sync.server.save') }).click();
  await synced(page);
  return { page, problems };
}

async function synced(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-phase', 'synced', { timeout: 60_000 });
}

async function editOffline(page: Page, fileUrl: string, values: { city: string; district: string }): Promise<void> {
  await page.context().setOffline(true);
  await page.goto(fileUrl);
  await page.getByRole('button', { name: tr('registry.view.edit') }).click();
  await input(page, 'registry.field.city').fill(values.city);
  await input(page, 'registry.field.district').fill(values.district);
  await save(page);
  await expect(page.getByTestId('file-number')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('main').getByText(values.city, { exact: true })).toBeVisible();
}

/** On the sync screen: keeps "this desk's value" of the conflict about `field`; returns the value it showed. */
async function keepThisDesksValue(page: Page, field: string): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.sync') }).click();
  const side = page.locator(`[data-testid="conflict"][data-field="${field}"]`).getByTestId('conflict-this-desk');
  await expect(side).toBeVisible({ timeout: 60_000 });
  const shown = (await side.getByTestId('conflict-value').innerText()).trim();
  await side.getByRole('button', { name: tr('sync.conflicts.keepMine') }).click();
  await expect(page.getByRole('status').filter({ hasText: tr('sync.conflicts.resolved') })).toBeVisible();
  return shown;
}

test('two desks: on each, "keep this desk\'s value" keeps that desk\'s value; an open file follows the merge', async ({ browser, syncServer }) => {
  test.setTimeout(300_000);
  const deskA = await openDesk(browser, syncServer);
  await openNewFile(deskA.page);
  await fillPerson(deskA.page, FATIMA);
  const fileNumber = await saveAndExpectFile(deskA.page);
  const fileUrl = deskA.page.url();
  await synced(deskA.page);

  const deskB = await openDesk(browser, syncServer);
  await deskB.page.goto(fileUrl);
  await expect(deskB.page.getByTestId('file-number')).toBeVisible({ timeout: 60_000 });

  await editOffline(deskA.page, fileUrl, EDITS.A);
  await editOffline(deskB.page, fileUrl, EDITS.B);
  await deskA.page.context().setOffline(false);
  await synced(deskA.page);
  // Desk B stays on its file, showing its own edit, while its push meets A's and merges.
  const main = deskB.page.getByRole('main');
  await expect(main.getByText(EDITS.B.city, { exact: true })).toBeVisible();
  await deskB.page.context().setOffline(false);
  await expect(main.getByText(EDITS.A.city, { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(main.getByText(EDITS.B.city, { exact: true })).toHaveCount(0);

  // Desk A keeps its city, desk B its district: each desk's "this desk" is its own value.
  await deskA.page.getByRole('navigation').getByRole('link', { name: tr('nav.sync') }).click();
  await expect(deskA.page.getByTestId('conflict')).toHaveCount(2, { timeout: 60_000 });
  // Named as people read them: the file by number and name, the field by its label, collections in Arabic.
  const city = deskA.page.locator('[data-testid="conflict"][data-field="city"]');
  await expect(city.getByTestId('conflict-subject')).toContainText(`${fileNumber} — ${FATIMA.name.join(' ')}`);
  await expect(city.getByTestId('conflict-field')).toHaveText(tr('registry.field.city'));
  await expect(deskA.page.getByTestId('sync-collection-beneficiaries').getByRole('cell').first()).toHaveText(tr('sync.collections.beneficiaries'));
  await deskA.page.screenshot({ path: test.info().outputPath('conflicts-desk-a.png'), fullPage: true });
  expect(await keepThisDesksValue(deskA.page, 'city')).toBe(EDITS.A.city);
  expect(await keepThisDesksValue(deskB.page, 'district')).toBe(EDITS.B.district);
  for (const desk of [deskA, deskB]) {
    await expect(desk.page.getByTestId('conflict')).toHaveCount(0, { timeout: 60_000 });
    await desk.page.goto(fileUrl);
    await expect(desk.page.getByRole('main').getByText(EDITS.A.city, { exact: true })).toBeVisible();
    await expect(desk.page.getByRole('main').getByText(EDITS.B.district, { exact: true })).toBeVisible();
    expect(desk.problems(), 'console errors, page errors or CSP violations').toEqual([]);
  }
});
