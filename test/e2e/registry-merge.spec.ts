import type { Page } from '@playwright/test';
import { hijriToGregorian } from '../../shared/calendar/hijri';
import { createSyncClient } from '../../shared/sync/http-client';
import { expect } from './fixtures';
import { withDevSyncServer } from './dev-sync-server';
import { tr } from './ar-strings';
import { setUpDesk } from './desk-flows';
import { FATIMA, fillPerson, openNewFile, openRegistry, saveAndExpectFile, search } from './registry-flows';

/**
 * A file registered twice, merged on the desk. Two files with one national ID only arise from two
 * desks offline, so the second comes as sync delivers it: the test pushes it (and a contact logged
 * on it) to the real sync server as "desk B" with the dev token, and the desk pulls them.
 */
// Its own port, so a run beside sync-desk.spec.ts and accounts-desks.spec.ts never shares a server.
const SYNC_PORT = Number(process.env.WASL_E2E_MERGE_PORT ?? 8799);
const DEV_TOKEN = 'e2e-merge-token-0123';
const OTHER_ID = '7d1e0c4a-2b3f-4e5d-8a9b-0c1d2e3f4a5b';
const OTHER_NUMBER = 'KB2-2026-000007';

const test = withDevSyncServer(SYNC_PORT, DEV_TOKEN);

/** What desk B pushes: the same person (FATIMA's ID), registered there in Jeddah with another mobile. */
async function pushFromDeskB(url: string): Promise<void> {
  const at = '2026-02-10T07:00:00.000Z';
  const born = hijriToGregorian({ year: 1410, month: 8, day: 19 });
  if (!born.ok) throw new Error(born.error);
  const client = (collection: string) => createSyncClient({ baseUrl: url, token: DEV_TOKEN, collection, fetch });
  const file = {
    id: OTHER_ID, fileNumber: OTHER_NUMBER, name: { first: 'فاطمة', father: 'أحمد', grandfather: 'عبدالله', family: 'الشهري' },
    fullName: 'فاطمة أحمد عبدالله الشهري', nationalId: FATIMA.nationalId, idKind: 'citizen', birthDate: born.value, gender: 'female',
    nationality: 'SA', maritalStatus: 'widowed', familyCount: 4, familyMembers: [], categoryKey: 'widows', city: 'جدة', district: 'الروضة',
    address: '', mobiles: ['+966561112233'], noMobileReason: '', preferredChannel: { channel: 'phone', subChannel: 'sms', address: '+966561112233' },
    consent: { purpose: 'تقديم الخدمات', givenAt: at, takenBy: 'desk-b-staff' }, notes: '', duplicateAcknowledgments: [],
    createdAt: at, createdBy: 'desk-b-staff', updatedAt: at, updatedBy: 'desk-b-staff', deskId: 'desk-b', _deleted: false,
  };
  const contact = {
    id: 'b3c4d5e6-0000-4000-8000-00000000000b', beneficiaryId: OTHER_ID, requestId: '', channel: 'phone', subChannel: 'voice-call',
    direction: 'inbound', subject: 'سؤال من مكتب جدة', summary: 'سألت عن السلة الغذائية', staffId: 'desk-b-staff', at,
    updatedAt: at, updatedBy: 'desk-b-staff', deskId: 'desk-b', _deleted: false,
  };
  expect(await client('beneficiaries').push([{ newDocumentState: file }])).toEqual([]);
  expect(await client('interactions').push([{ newDocumentState: contact }])).toEqual([]);
}

const fileIdOf = (page: Page): string => decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');

test('a file registered twice on two desks is merged on the desk: survivor, notice on the merged file, search and timeline', async ({ page, syncServer }) => {
  test.setTimeout(180_000);
  await setUpDesk(page);
  await openNewFile(page);
  await fillPerson(page, FATIMA);
  const ownNumber = await saveAndExpectFile(page);
  const ownId = fileIdOf(page);

  await pushFromDeskB(syncServer);
  await page.getByTestId('sync-indicator').click();
  await page.getByRole('textbox', { name: tr('sync.server.url') }).fill(syncServer);
  await page.getByLabel(tr('sync.server.token')).fill(DEV_TOKEN);
  await page.getByRole('button', { name: tr('sync.server.save') }).click();
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-phase', 'synced', { timeout: 60_000 });

  // The pair, found offline on the desk; reviewed with the keyboard.
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.duplicates') }).click();
  await expect(page.getByRole('heading', { name: tr('duplicates.title'), level: 1 })).toBeVisible();
  const review = page.getByRole('button', { name: tr('duplicates.reviewPair', { first: ownNumber < OTHER_NUMBER ? ownNumber : OTHER_NUMBER, second: ownNumber < OTHER_NUMBER ? OTHER_NUMBER : ownNumber }) });
  await expect(page.getByTestId('duplicate-pair')).toHaveCount(1, { timeout: 30_000 });
  await review.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: tr('duplicates.mergeTitle') })).toBeVisible();

  // The desk's own file stays; the city is taken from desk B's file.
  await page.getByRole('radio', { name: tr('duplicates.keepFile', { fileNumber: ownNumber }) }).check();
  const cityFromB = page.getByRole('radio', { name: `${tr('duplicates.chooseFor', { field: tr('duplicates.fields.city') })}: ${tr('duplicates.fromFile', { fileNumber: OTHER_NUMBER })}` });
  await cityFromB.focus();
  await page.keyboard.press('Space');
  await expect(cityFromB).toBeChecked();
  await page.screenshot({ path: test.info().outputPath('merge-panel.png'), fullPage: true });
  await page.getByRole('button', { name: tr('duplicates.confirm') }).click();
  await expect(page.getByText(tr('duplicates.merged', { other: OTHER_NUMBER, survivor: ownNumber }))).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('merged.png'), fullPage: true });

  // The survivor: its number, Jeddah, both mobiles, and desk B's contact on its timeline.
  await page.getByRole('link', { name: tr('duplicates.openSurvivor', { fileNumber: ownNumber }) }).click();
  await expect(page.getByTestId('file-number')).toHaveText(ownNumber);
  await expect(page.getByText('جدة').first()).toBeVisible();
  await expect(page.getByTestId('mobiles')).toContainText('56 111 2233');
  await expect(page.getByTestId('timeline')).toContainText('سؤال من مكتب جدة');
  await expect(page.getByTestId('merged-notice')).toHaveCount(0);

  // The merged file: still there, with the notice linking to the survivor.
  await page.goto(`${page.url().split('#')[0]}#/beneficiaries/${OTHER_ID}`);
  const notice = page.getByTestId('merged-notice');
  await expect(notice).toContainText(tr('duplicates.notice', { fileNumber: ownNumber }));
  await expect(page.getByTestId('file-number')).toHaveText(OTHER_NUMBER);
  // It cannot be edited: no edit button, and its edit address shows it read-only under the notice.
  await expect(page.getByRole('button', { name: tr('registry.view.edit') })).toHaveCount(0);
  await page.goto(`${page.url().split('#')[0]}#/beneficiaries/${OTHER_ID}/edit`);
  await expect(notice).toContainText(tr('duplicates.notice', { fileNumber: ownNumber }));
  await expect(page.getByTestId('file-number')).toHaveText(OTHER_NUMBER);
  await expect(page.getByRole('button', { name: tr('registry.form.save') })).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await notice.getByRole('link', { name: tr('duplicates.noticeLink', { fileNumber: ownNumber }) }).click();
  await expect(page.getByTestId('file-number')).toHaveText(ownNumber);

  // Search: the ID finds the survivor only; the merged file's number finds nothing.
  await openRegistry(page);
  let results = await search(page, FATIMA.nationalId);
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option', { name: new RegExp(ownNumber) })).toBeVisible();
  results = await search(page, OTHER_NUMBER);
  await expect(results.getByRole('option')).toHaveCount(0);

  // The list is empty; bad merges are refused in words, and nothing is written.
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.duplicates') }).click();
  await expect(page.getByTestId('no-duplicates')).toBeVisible();
  const base = page.url().split('#')[0];
  await page.goto(`${base}#/duplicates/${ownId}/${ownId}`);
  await expect(page.getByRole('alert')).toHaveText(tr('errors.merge.same-file'));
  await page.goto(`${base}#/duplicates/${ownId}/${OTHER_ID}`);
  await expect(page.getByRole('alert')).toHaveText(tr('errors.merge.already-merged'));
  await expect(page.getByRole('button', { name: tr('duplicates.confirm') })).toHaveCount(0);
});
