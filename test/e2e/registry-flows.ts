/** Steps the registry specs share: opening the registry, filling the beneficiary form, saving. */
import { expect, type Locator, type Page } from '@playwright/test';
import { completeNationalId } from '../../shared/registry/national-id';
import { tr } from './ar-strings';

export interface Person {
  name: [string, string, string, string];
  nationalId: string;
  /** Typed into the date field: day, month, year in `calendar`. */
  birth: { calendar: 'hijri' | 'gregorian'; day: string; month: string; year: string };
  gender: 'male' | 'female';
  marital: 'single' | 'married' | 'divorced' | 'widowed';
  category: string;
  familyCount: string;
  city: string;
  district: string;
  mobile: string;
}

/** Synthetic people only: IDs made valid with completeNationalId, mobiles from an unassigned-looking range. */
export const FATIMA: Person = {
  name: ['فاطمة', 'أحمد', 'عبدالله', 'الشهري'],
  nationalId: completeNationalId('109876543'),
  birth: { calendar: 'hijri', day: '19', month: '08', year: '1410' },
  gender: 'female',
  marital: 'widowed',
  category: 'الأرامل',
  familyCount: '4',
  city: 'الرياض',
  district: 'النسيم',
  mobile: '0551234567',
};

export const NAMESAKE: Person = {
  ...FATIMA,
  nationalId: completeNationalId('209876541'),
  marital: 'married',
  category: 'الأسر ذات الدخل المحدود',
  mobile: '0569876543',
};

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
export const toArabicIndic = (digits: string): string => digits.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)] ?? d);

/** A form input by its exact accessible name (Mantine's required star is not part of it). */
export function input(page: Page, key: string, role: 'textbox' | 'combobox' | 'checkbox' = 'textbox', vars: Record<string, string | number> = {}): Locator {
  return page.getByRole(role, { name: tr(key, vars), exact: true });
}

export async function openRegistry(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.beneficiaries') }).click();
  await expect(page.getByRole('heading', { name: tr('registry.title') })).toBeVisible();
}

export async function openNewFile(page: Page): Promise<void> {
  await openRegistry(page);
  await page.getByRole('button', { name: new RegExp(tr('registry.newFile')) }).click();
  await expect(page.getByRole('heading', { name: tr('registry.form.newTitle') })).toBeVisible();
}

/** Types a date into the React Aria field: day, month, year segments in that order (ar-SA). */
export async function typeDate(page: Page, labelKey: string, date: Person['birth']): Promise<void> {
  const group = page.getByRole('group', { name: tr(labelKey), exact: true });
  const field = page.locator('.wasl-date-field').filter({ has: group });
  // Mantine keeps the radio itself visually hidden: click its label, as a user does.
  await field.locator('label').filter({ hasText: new RegExp(`^${tr(date.calendar === 'hijri' ? 'dateField.hijri' : 'dateField.gregorian')}$`) }).click();
  await group.getByRole('spinbutton').first().click();
  await page.keyboard.type(`${date.day}${date.month}${date.year}`);
}

export async function fillPerson(page: Page, person: Person): Promise<void> {
  const parts = ['registry.field.first', 'registry.field.father', 'registry.field.grandfather', 'registry.field.family'];
  for (const [i, key] of parts.entries()) await input(page, key).fill(person.name[i] ?? '');
  await input(page, 'registry.field.nationalId').fill(person.nationalId);
  await typeDate(page, 'registry.field.birthDate', person.birth);
  await input(page, 'registry.field.gender', 'combobox').selectOption({ label: tr(`registry.gender.${person.gender}`) });
  await input(page, 'registry.field.maritalStatus', 'combobox').selectOption({ label: tr(`registry.marital.${person.marital}`) });
  await input(page, 'registry.field.category', 'combobox').selectOption({ label: person.category });
  await input(page, 'registry.field.familyCount').fill(person.familyCount);
  await input(page, 'registry.field.mobile').fill(person.mobile);
  await input(page, 'registry.field.city').fill(person.city);
  await input(page, 'registry.field.district').fill(person.district);
  await input(page, 'registry.consent.given', 'checkbox').check();
}

export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^(${tr('registry.form.save')}|${tr('registry.form.saveAcknowledged')})`) }).click();
}

/** Saves and waits for the file view; returns the new file number. */
export async function saveAndExpectFile(page: Page): Promise<string> {
  await save(page);
  const number = page.getByTestId('file-number');
  await expect(number).toBeVisible({ timeout: 20_000 });
  return (await number.innerText()).trim();
}

export async function search(page: Page, query: string): Promise<Locator> {
  const box = page.getByRole('combobox', { name: tr('registry.searchLabel') });
  await box.fill(query);
  return page.getByRole('listbox', { name: tr('registry.results') });
}
