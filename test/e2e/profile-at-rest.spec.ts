import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { completeNationalId } from '../../shared/registry/national-id';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { expect, watchProblems } from './fixtures';
import { withDevSyncServer } from './dev-sync-server';
import { countStoredDocs, setUpDesk } from './desk-flows';
import { input, openNewFile } from './registry-flows';
import { findInProfile, readProfile } from './profile-scan';
import { tr } from './ar-strings';

/**
 * Policy 6b, end to end: a desk on a persistent Chromium profile pulls files from the sync server,
 * a receptionist types an address into a form, the browser closes, and the whole profile folder
 * (HTTP cache, IndexedDB decompressed, Sessions, Local/Session Storage, everything) holds none of
 * the sensitive values in clear. Only the fields the desk encrypts at rest are searched for.
 */
const SYNC_PORT = Number(process.env.WASL_E2E_PROFILE_SYNC_PORT ?? 8796);
const DEV_TOKEN = 'e2e-profile-token-0123';
const test = withDevSyncServer(SYNC_PORT, DEV_TOKEN);

const AT = '2026-03-01T08:00:00.000Z';
// Synthetic, and unlike anything else the app or Chromium writes.
const KNOWN = {
  nationalId: completeNationalId('104857361'),
  mobileStored: '+966537364821',
  mobileTyped: '0537364821',
  mobileLocal: '537364821',
  address: 'شارع الاختبار السري 4417',
  notes: 'ملاحظة سرية للاختبار 9921',
  typedAddress: 'طريق العنوان المكتوب 5582',
};
const FAMILY = 'الاختباري';
/** Written large, so Chromium snappy-compresses it inside IndexedDB: the scan must still see it. */
const CANARY = 'عينة-مضغوطة-للفحص';

function fieldFile(): BeneficiaryDoc & { _deleted: false } {
  return {
    id: 'profile-scan-file-1', fileNumber: 'FLD1-2026-000777', name: { first: 'هند', father: 'سالم', grandfather: 'ناصر', family: FAMILY },
    fullName: `هند سالم ناصر ${FAMILY}`, nationalId: KNOWN.nationalId, idKind: 'citizen', birthDate: '1980-05-06', gender: 'female',
    nationality: 'SA', maritalStatus: 'widowed', familyCount: 3, familyMembers: [], categoryKey: 'low-income-families', city: 'الرياض', district: 'النسيم',
    address: KNOWN.address, mobiles: [KNOWN.mobileStored], noMobileReason: '', preferredChannel: { channel: 'phone', subChannel: 'call', address: KNOWN.mobileStored },
    consent: { purpose: 'تقديم الخدمات', givenAt: AT, takenBy: 'field-1' }, notes: KNOWN.notes, duplicateAcknowledgments: [],
    createdAt: AT, createdBy: 'field-1', updatedAt: AT, updatedBy: 'field-1', deskId: 'desk-field', _deleted: false,
  };
}

test('after syncing and typing, the closed profile folder holds no sensitive value in clear', async ({ syncServer, baseURL }) => {
  test.setTimeout(180_000);
  const pushed = await fetch(`${syncServer}/sync/beneficiaries/push`, {
    method: 'POST', headers: { authorization: `Bearer ${DEV_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify([{ newDocumentState: fieldFile() }]),
  });
  expect(pushed.status, await pushed.clone().text()).toBe(200);

  const profile = mkdtempSync(join(tmpdir(), 'wasl-e2e-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      baseURL, locale: 'ar',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = await watchProblems(page);
    await setUpDesk(page);
    const indicator = page.getByTestId('sync-indicator');
    await indicator.click();
    await page.getByRole('textbox', { name: tr('sync.server.url') }).fill(syncServer);
    await page.getByLabel(tr('sync.server.token')).fill(DEV_TOKEN);
    await page.getByRole('button', { name: tr('sync.server.save') }).click();
    await expect(indicator).toHaveAttribute('data-phase', 'synced', { timeout: 60_000 });
    await expect.poll(() => countStoredDocs(page, 'beneficiaries'), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);

    // Typed, never saved: Chromium's session restore keeps form state unless the field opts out.
    await openNewFile(page);
    await input(page, 'registry.field.address').fill(KNOWN.typedAddress);
    await input(page, 'registry.field.mobile').fill(KNOWN.mobileTyped);
    // Chromium syncs a page's state about a second after it changes and writes the session ~2.5 s later.
    await page.evaluate(async (canary) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('profile-scan-canary');
        open.onupgradeneeded = () => open.result.createObjectStore('canary');
        open.onsuccess = () => resolve(open.result);
      });
      await new Promise((done) => {
        const tx = db.transaction('canary', 'readwrite');
        tx.objectStore('canary').put({ text: canary.repeat(5_000) }, 1);
        tx.oncomplete = done;
      });
      db.close();
    }, CANARY);
    await page.waitForTimeout(5_000);
    expect(problems(), 'console errors, page errors or CSP violations').toEqual([]);
    await context.close();

    const files = readProfile(profile);
    // The scan sees what is stored readable (the name) and what Chromium compressed (the canary),
    // so it really looked inside IndexedDB.
    expect(findInProfile(files, CANARY.repeat(3)).some((hit) => hit.includes('IndexedDB')), 'the compressed canary').toBe(true);
    expect(findInProfile(files, FAMILY).some((hit) => hit.includes('IndexedDB')), 'the pulled file is in IndexedDB').toBe(true);
    const found = Object.fromEntries(Object.entries(KNOWN).map(([name, value]) => [name, findInProfile(files, value)]));
    expect(found).toEqual(Object.fromEntries(Object.keys(KNOWN).map((name) => [name, []])));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
