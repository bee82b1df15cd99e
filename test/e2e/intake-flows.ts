/** Steps the intake specs share: a registered beneficiary, starting an intake, checklist files and values. */
import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import { tr } from './ar-strings';
import { field, setUpDesk } from './desk-flows';
import { FATIMA, fillPerson, openNewFile, saveAndExpectFile } from './registry-flows';

/** The seeded food-basket type: two documents and two fields, referred to the social research unit. */
export const FOOD_BASKET = {
  name: 'سلة غذائية',
  unit: 'وحدة البحث الاجتماعي',
  documents: ['صورة الهوية الوطنية أو الإقامة سارية المفعول', 'صورة سجل الأسرة'],
  fields: { count: 'عدد أفراد الأسرة المقيمين', address: 'العنوان الوطني (الرمز المختصر)' },
} as const;

/** "Today" for the clock: Wednesday 18 February 2026, 09:30 in Riyadh (Founding Day falls 4 days later). */
export const TODAY = new Date('2026-02-18T06:30:00Z');

/** A tiny synthetic PDF and PNG (magic numbers are what the file store checks). */
export const PDF_FILE = { name: 'هوية.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };
export const PNG_FILE = {
  name: 'sijil.png',
  mimeType: 'image/png',
  buffer: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
};

/** Sets the clock, sets the desk up, registers FATIMA; ends on her file. Returns the file's URL. */
export async function deskWithBeneficiary(page: Page): Promise<string> {
  await page.clock.install({ time: TODAY });
  await setUpDesk(page);
  await openNewFile(page);
  await fillPerson(page, FATIMA);
  await saveAndExpectFile(page);
  return page.url();
}

/** From the beneficiary's file: new request of `typeName`; ends on the request's checklist. */
export async function startIntake(page: Page, typeName: string): Promise<void> {
  await page.getByRole('button', { name: tr('intake.newRequest'), exact: true }).click();
  await page.getByRole('radio', { name: typeName }).check();
  await expect(page.getByTestId('type-details')).toBeVisible();
  await page.getByRole('button', { name: tr('intake.startIntake') }).click();
  await expect(page.getByRole('heading', { name: tr('intake.checklist.title') })).toBeVisible({ timeout: 20_000 });
}

export const fieldInput = (page: Page, label: string) => page.getByRole('textbox', { name: tr('intake.checklist.value', { label }), exact: true });
export const fileInput = (page: Page, label: string) => page.getByLabel(tr('intake.checklist.attach', { label }), { exact: true });

export async function attach(page: Page, label: string, file: typeof PDF_FILE): Promise<void> {
  await fileInput(page, label).setInputFiles(file);
  await expect(page.getByTestId(/^requirement-/).filter({ hasText: label }).getByText(file.name)).toBeVisible({ timeout: 20_000 });
}

/** On a new food-basket request: every requirement provided, reviewed and completed (awaiting signature). */
export async function completeFoodBasket(page: Page, familySize = '4'): Promise<void> {
  await attach(page, FOOD_BASKET.documents[0], PDF_FILE);
  await attach(page, FOOD_BASKET.documents[1], PNG_FILE);
  await fieldInput(page, FOOD_BASKET.fields.count).fill(familySize);
  await fieldInput(page, FOOD_BASKET.fields.address).fill('RRRD2929');
  await expectSaved(page);
  await page.getByRole('button', { name: tr('intake.checklist.next') }).click();
  await page.getByRole('button', { name: tr('intake.review.complete') }).click();
}

/** Waits until the autosave says the draft is stored. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('autosave-state')).toHaveText(tr('intake.checklist.saved'), { timeout: 20_000 });
}

/** pdftotext's text of a PDF file, without the invisible bidi marks (poppler's, and the PDF's own LRM/RLM: shared/pdf/reader-order.ts). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u0640]/g, '');
}

/** As the admin: adds a follow-up officer working the queue of `unitLabel`. */
export async function addOfficer(page: Page, staff: { name: string; username: string; password: string }, unitLabel: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.staff') }).click();
  await expect(page.getByRole('heading', { name: tr('staff.addTitle') })).toBeVisible();
  await field(page, 'staff.displayName').fill(staff.name);
  await field(page, 'staff.username').fill(staff.username);
  await page.getByRole('checkbox', { name: tr('roles.follow-up-officer') }).check();
  await page.getByRole('group', { name: tr('staffUnits.label') }).getByRole('checkbox', { name: unitLabel }).check();
  await field(page, 'staff.password').fill(staff.password);
  await field(page, 'staff.passwordConfirm').fill(staff.password);
  await field(page, 'staff.passwordConfirm').press('Enter');
  await expect(page.getByText(tr('staff.added', { name: staff.name }))).toBeVisible({ timeout: 20_000 });
}
