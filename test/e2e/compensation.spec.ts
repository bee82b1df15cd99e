/**
 * Compensation end to end (policy 3.4): a complaint → a compensation case → the committee's minute is
 * drafted, one member objects, the minute is revised (a new version), then both members approve from
 * their own sessions → the minute PDF reads back with pdftotext and its code checks on the verification
 * screen → a settlement signed on the pad, two instalments paid → closed once the complainant is told.
 * Bad input gets translated errors and saves nothing; a receptionist's session sees none of it.
 */
import type { Page } from '@playwright/test';
import { tr } from './ar-strings';
import { ADMIN, CLERK, expectHome, setUpDesk, signIn, signOut } from './desk-flows';
import { expect, test } from './fixtures';
import { addStaffMember } from './staff-flows';
import { fillNewCase, openCases } from './cases-flows';
import { drawSignature } from './declaration-flows';
import { pdfText } from './intake-flows';

const MEMBER_A = { name: 'هند الشهري', username: 'hind.committee', password: 'Committee-A-2026' };
const MEMBER_B = { name: 'فهد المطيري', username: 'fahad.committee', password: 'Committee-B-2026' };
const bare = (s: string) => s.normalize('NFKC').replace(/[\s\u0640\u202a-\u202e\u2066-\u2069]+/g, '');
const main = (page: Page) => page.getByRole('main');
const label = (page: Page, key: string, vars: Record<string, string | number> = {}) => main(page).getByLabel(tr(key, vars), { exact: true });
const status = (page: Page) => page.getByTestId('compensation-status');

async function signInAs(page: Page, who: { name: string; password: string }): Promise<void> {
  await signOut(page);
  await signIn(page, who.name, who.password);
  await expectHome(page, who.name);
}

async function openCompensation(page: Page, url: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.compensation') }).click();
  await page.evaluate((hash) => void (window.location.hash = hash), new URL(url).hash);
  await expect(page.getByTestId('minute-view')).toBeVisible();
}

async function decide(page: Page, decision: 'approve' | 'object', reason = ''): Promise<void> {
  if (reason) await label(page, 'compensation.minute.reason').fill(reason);
  await main(page).getByRole('button', { name: tr(`compensation.minute.${decision}`) }).click();
  await expect(page.getByTestId('minute-decisions')).toContainText(tr(`compensation.minute.decided.${decision}`));
}

test('a complaint becomes a compensation case whose revised minute both members approve, is printed, settled on the pad, paid in two instalments and closed', async ({ page }) => {
  test.setTimeout(300_000);
  await setUpDesk(page);
  await addStaffMember(page, MEMBER_A, ['roles.committee-member']);
  await addStaffMember(page, MEMBER_B, ['roles.committee-member']);
  await addStaffMember(page, CLERK, ['roles.receptionist']);
  await openCases(page);
  await page.getByRole('button', { name: tr('cases.new') }).click();
  await fillNewCase(page, { category: 'تأخر الخدمة', channel: 'الهاتف — اتصال صوتي', description: 'تأخر صرف الإعانة فتحملت غرامة تأخير', domain: 'الرعاية الاجتماعية' });
  await page.getByRole('button', { name: tr('cases.form.submit') }).click();
  await expect(page.getByTestId('case-number')).toBeVisible({ timeout: 20_000 });

  // Opened from the complaint (linked both ways); bad amounts are refused with a translated error.
  const panel = page.getByTestId('open-compensation');
  await panel.getByLabel(tr('compensation.harm')).fill('غرامة تأخير سببها تأخر الصرف');
  await panel.getByLabel(tr('compensation.claimedAmount')).fill('abc');
  await panel.getByRole('button', { name: tr('compensation.open') }).click();
  await expect(panel.getByTestId('compensation-error')).toHaveText(tr('compensation.errors.amount-invalid'));
  await panel.getByLabel(tr('compensation.claimedAmount')).fill('1500');
  await panel.getByRole('button', { name: tr('compensation.open') }).click();
  await expect(status(page)).toHaveText(tr('compensation.status.opened'), { timeout: 20_000 });
  const url = page.url();
  await main(page).getByRole('button', { name: tr('compensation.move.under-investigation') }).click();
  await expect(status(page)).toHaveText(tr('compensation.status.under-investigation'));

  // The minute: an empty decision is refused, nothing is saved; then it is put to both members.
  await label(page, 'compensation.minute.harm').fill('غرامة تأخير على المستفيد');
  await label(page, 'compensation.minute.size').fill('ألف وخمسمئة ريال');
  await label(page, 'compensation.minute.causes').fill('تأخر الصرف عن موعده');
  await label(page, 'compensation.minute.amount').fill('1500');
  await main(page).getByRole('button', { name: tr('compensation.minute.put') }).click();
  await expect(page.getByTestId('minute-form').getByTestId('compensation-error')).toHaveText(tr('compensation.errors.text-required'));
  await expect(status(page)).toHaveText(tr('compensation.status.under-investigation'));
  await label(page, 'compensation.minute.decision').fill('تعويض المستفيد عن الغرامة');
  await main(page).getByRole('button', { name: tr('compensation.minute.put') }).click();
  await expect(status(page)).toHaveText(tr('compensation.status.minute-drafted'));

  // One member objects (with a reason); the minute is revised: a new version, decisions cleared.
  await signInAs(page, MEMBER_A);
  await openCompensation(page, url);
  await decide(page, 'approve');
  await signInAs(page, MEMBER_B);
  await openCompensation(page, url);
  await main(page).getByRole('button', { name: tr('compensation.minute.object') }).click();
  await expect(page.getByTestId('compensation-error').first()).toHaveText(tr('compensation.errors.objection-reason'));
  await decide(page, 'object', 'المبلغ لا يغطي الغرامة كاملة');
  await expect(status(page)).toHaveText(tr('compensation.status.minute-rejected'));
  await label(page, 'compensation.minute.amount').fill('1800');
  await main(page).getByRole('button', { name: tr('compensation.minute.revise') }).click();
  await expect(main(page).getByText(tr('compensation.minute.version', { version: 2 }))).toBeVisible();
  await expect(status(page)).toHaveText(tr('compensation.status.minute-drafted'));
  await decide(page, 'approve');
  await signInAs(page, MEMBER_A);
  await openCompensation(page, url);
  await decide(page, 'approve');
  await expect(status(page)).toHaveText(tr('compensation.status.minute-approved'));
  await expect(page.getByTestId('compensation-history')).toContainText(tr('compensation.minute.past', { version: 1 }));

  // Printed: the PDF reads back with the members, their decisions, the hash and the code.
  const hash = (await page.getByTestId('minute-hash').innerText()).trim();
  const code = (await page.getByTestId('minute-code').innerText()).trim();
  const downloading = page.waitForEvent('download');
  await main(page).getByRole('button', { name: tr('compensation.minute.save') }).click();
  const file = test.info().outputPath('minute.pdf');
  await (await downloading).saveAs(file);
  const text = pdfText(file);
  for (const value of [hash, code, 'RYD1-M2026-000001']) expect(text).toContain(value);
  for (const value of [MEMBER_A.name, MEMBER_B.name, 'محضر لجنة التحقيق والمتابعة', 'موافقة', 'معتمد']) expect(bare(text)).toContain(bare(value));
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.verify') }).click();
  await page.getByRole('textbox', { name: tr('declaration.verify.code') }).fill(code);
  await page.getByRole('button', { name: tr('declaration.verify.submit') }).click();
  await expect(page.getByTestId('verification-result')).toHaveText(tr('compensation.verify.valid-approved'));

  // Negotiation and settlement: instalments that do not add up are refused; signed on the pad; paid; closed.
  await signInAs(page, ADMIN);
  await openCompensation(page, url);
  await main(page).getByRole('button', { name: tr('compensation.move.negotiating') }).click();
  await expect(status(page)).toHaveText(tr('compensation.status.negotiating'));
  await label(page, 'compensation.settlement.amount').fill('1800');
  await label(page, 'compensation.settlement.dueDate', { n: 1 }).fill('2026-05-01');
  await label(page, 'compensation.settlement.instalment', { n: 1 }).fill('1000');
  await main(page).getByRole('button', { name: tr('compensation.settlement.addInstalment') }).click();
  await label(page, 'compensation.settlement.dueDate', { n: 2 }).fill('2026-06-01');
  await label(page, 'compensation.settlement.instalment', { n: 2 }).fill('700');
  await label(page, 'compensation.settlement.signer').fill('مستفيدة تجريبية');
  await drawSignature(page);
  await main(page).getByRole('button', { name: tr('compensation.settlement.save') }).click();
  await expect(page.getByTestId('settlement-form').getByTestId('compensation-error')).toHaveText(tr('compensation.errors.instalments-sum'));
  await expect(status(page)).toHaveText(tr('compensation.status.negotiating'));
  await label(page, 'compensation.settlement.instalment', { n: 2 }).fill('800');
  await main(page).getByRole('button', { name: tr('compensation.settlement.save') }).click();
  await expect(status(page)).toHaveText(tr('compensation.status.settled'));
  for (const [amount, date] of [['1000', '2026-05-01'], ['800', '2026-06-01']] as const) {
    await label(page, 'compensation.payments.amount').fill(amount);
    await label(page, 'compensation.payments.date').fill(date);
    await main(page).getByRole('button', { name: tr('compensation.payments.record') }).click();
    await expect(page.getByTestId('payments')).toContainText(date);
  }
  await expect(status(page)).toHaveText(tr('compensation.status.paid'));
  await label(page, 'compensation.close.note').fill('أُبلغت المستفيدة هاتفيًا بصرف التعويض كاملًا');
  await main(page).getByRole('button', { name: tr('compensation.close.submit') }).click();
  await expect(status(page)).toHaveText(tr('compensation.status.closed'));

  // A receptionist's session: no link, and the address reads as not found.
  await signInAs(page, CLERK);
  await expect(page.getByRole('navigation').getByRole('link', { name: tr('nav.compensation') })).toHaveCount(0);
  await page.evaluate((hash) => void (window.location.hash = hash), new URL(url).hash);
  await expect(page.getByText(tr('compensation.notFound'))).toBeVisible();
  await expect(page.getByTestId('minute-view')).toHaveCount(0);
});
