/**
 * Steps for the surveys spec, and a fast registry: N synthetic beneficiary files pushed straight to the
 * sync server (the same push a desk makes), so a desk gets them by sync in seconds instead of typing each.
 */
import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { tr } from './ar-strings';

const FIRST = ['فاطمة', 'مريم', 'نورة', 'هند', 'سلمى', 'أمل', 'ريم', 'جواهر', 'لطيفة', 'منيرة', 'حصة', 'عائشة'];

/** A valid national ID (starts 1, Luhn check digit) from a 9-digit body. */
function nationalId(body: string): string {
  const digits = `1${body}`.slice(0, 9).split('').map(Number);
  const sum = digits.reduce((acc, d, i) => {
    const doubled = i % 2 === 0 ? d * 2 : d;
    return acc + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return `${digits.join('')}${(10 - (sum % 10)) % 10}`;
}

/** Synthetic files of the given categories, registered on a desk 'SEED' (no real person's data). */
export function seedFiles(categories: readonly string[]): Record<string, unknown>[] {
  const at = '2026-01-05T08:00:00.000Z';
  return categories.map((categoryKey, i) => {
    const first = FIRST[i % FIRST.length] ?? 'فاطمة';
    const n = String(i + 1).padStart(2, '0');
    return {
      id: randomUUID(), fileNumber: `SEED-2026-0000${n}`,
      name: { first, father: 'عبدالله', grandfather: 'سعد', family: 'الشمري' }, fullName: `${first} عبدالله سعد الشمري`,
      nationalId: nationalId(`1000000${n}`), idKind: 'citizen', birthDate: '1980-05-17', gender: 'female', nationality: 'SA',
      maritalStatus: 'widowed', familyCount: 3, familyMembers: [], categoryKey, city: 'الرياض', district: 'النسيم', address: '',
      mobiles: [`+9665500000${n}`], noMobileReason: '', preferredChannel: { channel: 'phone', subChannel: 'voice-call', address: `+9665500000${n}` },
      consent: { purpose: 'تقديم الخدمات', givenAt: at, takenBy: 'seed' }, notes: '', duplicateAcknowledgments: [],
      createdAt: at, createdBy: 'seed', updatedAt: at, updatedBy: 'seed', deskId: 'seed-desk', _deleted: false,
    };
  });
}

/** Pushes the files to the sync server as the development token (every right). */
export async function pushFiles(server: string, token: string, files: readonly Record<string, unknown>[]): Promise<void> {
  const response = await fetch(`${server}/sync/beneficiaries/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(files.map((doc) => ({ newDocumentState: doc }))),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  expect(await response.json()).toEqual([]);
}

export async function openSurveys(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.surveys') }).click();
  await expect(page.getByRole('heading', { name: tr('surveys.title'), level: 1 })).toBeVisible();
}

/** Picks an option of a Mantine Select by its label. */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Answers a scale or choice question by its wording (Mantine hides the radio itself: click its label). */
export async function choose(page: Page, scope: ReturnType<Page['getByTestId']>, question: string, answer: string): Promise<void> {
  await scope.getByRole('radiogroup', { name: question }).getByText(answer, { exact: true }).click();
}

/** As management, on the surveys screen: a one-question questionnaire (the builder's first question is a 1–5 rating). */
export async function buildRatingQuestionnaire(page: Page, title: string, question: string): Promise<void> {
  await openSurveys(page);
  await page.getByRole('button', { name: tr('surveys.builder.newTitle') }).click();
  await page.getByRole('textbox', { name: tr('surveys.builder.titleAr') }).fill(title);
  await page.getByTestId('question-1').getByRole('textbox', { name: tr('surveys.builder.textAr') }).fill(question);
  await page.getByRole('button', { name: tr('surveys.builder.save') }).click();
  await expect(page.getByRole('heading', { name: tr('surveys.builder.editTitle', { version: 1 }) })).toBeVisible();
}

/** As management: an after-service campaign (asked at the desk) on version 1 of `title`, with no sample. */
export async function openAfterServiceCampaign(page: Page, name: string, title: string): Promise<void> {
  await openSurveys(page);
  await page.getByRole('button', { name: tr('surveys.campaign.newTitle') }).click();
  const form = page.getByTestId('campaign-form');
  await form.getByRole('textbox', { name: tr('surveys.campaign.name') }).fill(name);
  await pick(page, tr('surveys.campaign.purpose'), tr('surveys.purpose.after-service'));
  await pick(page, tr('surveys.campaign.questionnaire'), `${title} — ${tr('surveys.version', { n: 1 })}`);
  await form.getByRole('textbox', { name: tr('surveys.campaign.sampleSize') }).fill('0');
  await form.getByRole('button', { name: tr('surveys.campaign.create') }).click();
  await expect(page.getByRole('heading', { name: tr('surveys.tasks.title', { name }) })).toBeVisible();
}
