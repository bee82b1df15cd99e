import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { ADMIN, CLERK, expectHome, field, setUpDesk, signIn, signOut } from './desk-flows';
import { addStaffMember } from './staff-flows';
import { pdfText } from './intake-flows';
import { readStoredDocs } from './stored-docs';

/** Poppler guesses word gaps in Arabic runs: compare without them. */
const bare = (s: string) => s.normalize('NFKC').replace(/[\s\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '');

/** How many acknowledgements the desk stores (audit entries of action 'policy.acknowledge'). */
async function storedAcks(page: Page): Promise<number> {
  return (await readStoredDocs(page, 'audit')).filter((row) => row.action === 'policy.acknowledge').length;
}

/** At the gate: scrolls the text to its end, types the name and password, signs; ends at home. */
async function readAndSign(page: Page, name: string, password: string): Promise<void> {
  await page.getByTestId('policy-text').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await field(page, 'policy.typedName').fill(name);
  await field(page, 'policy.password').fill(password);
  await page.getByRole('button', { name: tr('policy.sign') }).click();
  await expectHome(page, name);
}

test('Art. 4: a new staff member is stopped at the published policy until they read it to the end and sign; the manager list shows them', async ({ page }) => {
  // Three sign-ins (scrypt), an axe pass and a PDF: over a minute on a loaded 2-core machine.
  test.setTimeout(150_000);
  await setUpDesk(page);
  // A fresh desk binds nobody: the admin publishes the bundled policy from the home screen and is not stopped mid-flow.
  await page.getByRole('button', { name: tr('policy.publishBundled') }).click();
  await expect(page.getByTestId('publish-association-policy')).toHaveCount(0);
  await addStaffMember(page, CLERK, ['roles.receptionist']);
  await signOut(page);

  await signIn(page, CLERK.name, CLERK.password);
  const gate = page.getByRole('heading', { name: tr('policy.gateTitle') });
  await expect(gate).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('navigation')).toHaveCount(0);
  const sign = page.getByRole('button', { name: tr('policy.sign') });
  // Not read to the end yet: signing waits, and says why.
  await field(page, 'policy.typedName').fill(CLERK.name);
  await field(page, 'policy.password').fill(CLERK.password);
  await expect(sign).toBeDisabled();
  await expect(page.getByTestId('policy-scroll-hint')).toHaveText(tr('policy.scrollHint'));
  // The gate is a screen of its own (the shell's walk in accessibility.spec.ts never meets it).
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).options({ resultTypes: ['violations'] }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.getByTestId('policy-text').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(sign).toBeEnabled();

  // A wrong password and a name not their own: translated refusals, nothing stored, still at the gate.
  await field(page, 'policy.password').fill('Not-The-Password-1');
  await sign.click();
  await expect(page.getByRole('alert').filter({ hasText: tr('policy.errors.wrong-password') })).toBeVisible();
  await field(page, 'policy.typedName').fill(ADMIN.name);
  await field(page, 'policy.password').fill(CLERK.password);
  await sign.click();
  await expect(page.getByRole('alert').filter({ hasText: tr('policy.errors.name-mismatch') })).toBeVisible();
  expect(await storedAcks(page)).toBe(0);
  await expect(gate).toBeVisible();

  await readAndSign(page, CLERK.name, CLERK.password);
  expect(await storedAcks(page)).toBe(1);
  await signOut(page);

  // The admin published in an earlier session: now they sign too, then read the list.
  await signIn(page, ADMIN.name, ADMIN.password);
  await expect(gate).toBeVisible({ timeout: 20_000 });
  await readAndSign(page, ADMIN.name, ADMIN.password);
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.policy') }).click();
  const list = page.getByTestId('sign-off-beneficiary-relations');
  await expect(list.getByRole('row', { name: new RegExp(CLERK.name) })).toContainText(tr('policy.stateSigned'));
  await expect(list).toContainText(tr('policy.signedCount', { signed: 2, total: 2, version: 1 }));

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: tr('policy.print') }).click();
  const file = test.info().outputPath('sign-off.pdf');
  await (await downloading).saveAs(file);
  const text = bare(pdfText(file));
  expect(text).toContain(bare('كشف الإقرار بالاطلاع على السياسات'));
  expect(text).toContain(bare(CLERK.name));
  expect(text).toContain(bare(ADMIN.name));
});
