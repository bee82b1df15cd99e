/**
 * The forms on @mantine/form in a real React DOM (react-dom and Mantine in Chromium, the app's
 * i18n, a real RxDB database; test/fixtures/forms): a shared validator's refusal shows translated
 * on its field after submit, the first invalid field takes the focus, Enter moves to the next
 * field, and nothing is written while the form is invalid. The last field's Enter (short forms)
 * or the save button then writes, to show the counts would have moved.
 */
import { expect, test } from 'vitest';
// @ts-expect-error plain .mjs helper without types
import { withBenchPage } from '../../bench/lib/browser-page.mjs';
import { validateBeneficiaryInput } from '@shared/registry/beneficiary-input';
import { validateSetup } from '@renderer/features/setup/validate-setup';
import { validateNewStaff } from '@renderer/features/staff/validate-staff';
import { toFormInput } from '@renderer/features/beneficiaries/form-input';
import { EMPTY_FORM } from '@renderer/features/beneficiaries/form-state';
import { i18next } from '@renderer/i18n/i18n';

type Stored = { staff: number; beneficiaries: number; audit: number; settings: boolean; completed: number };
type Page = {
  waitForFunction(fn: (arg: string) => boolean, arg?: string, options?: { timeout: number }): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R, arg?: A): Promise<R>;
  fill(selector: string, value: string): Promise<void>;
  focus(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  check(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
};

const FIXTURE = new URL('../fixtures/forms', import.meta.url).pathname;

/** Calls one of the page's probe functions (no eval: the page runs under the app's CSP). */
const call = <R>(page: Page, method: string, arg?: string) =>
  page.evaluate(([m, a]: [string, string | undefined]) => (globalThis as unknown as { probe: Record<string, (x?: string) => unknown> }).probe[m]?.(a), [method, arg] as [string, string | undefined]) as Promise<R>;
const stored = (page: Page) => call<Stored>(page, 'stored');
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
/** The error Mantine shows under a field (its id + '-error'), '' when none. */
const errorText = (page: Page, id: string) => page.evaluate((fieldId: string) => document.getElementById(`${fieldId}-error`)?.textContent ?? '', id);
const shown = (page: Page, id: string) => page.waitForFunction((fieldId: string) => Boolean(document.getElementById(`${fieldId}-error`)), id, { timeout: 10_000 });
const tr = (code: string | undefined) => i18next.t(`errors.${code ?? 'missing'}`);

/** What the database holds once `done` says the write has landed (20 s at most). */
async function until(page: Page, done: (s: Stored) => boolean): Promise<Stored> {
  let now = await stored(page);
  for (let i = 0; i < 200 && !done(now); i++) now = await new Promise((r) => setTimeout(r, 100)).then(() => stored(page));
  return now;
}

/**
 * Runs `fn` on the page, built as the app ships (vitest sets NODE_ENV=test, which would build
 * React's and RxDB's development modes instead); no console error or CSP violation allowed.
 */
async function inPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const { result, problems } = (await withBenchPage(FIXTURE, async (page: Page) => {
      await page.waitForFunction(() => 'probe' in globalThis);
      return fn(page);
    })) as { result: T; problems: string[] };
    expect(problems).toEqual([]);
    return result;
  } finally {
    process.env.NODE_ENV = env;
  }
}

test('setup: Enter walks the fields, a refusal shows translated on its field, nothing is written until it passes', { timeout: 120_000 }, async () => {
  const typed = { associationName: 'جمعية تجريبية', deskName: '', deskCode: 'KD1', adminName: 'مدير تجريبي', username: 'admin', password: 'a-long-pass-phrase', passwordConfirm: 'another-pass-phrase' };
  const refused = validateSetup(typed);
  if (refused.ok) throw new Error('the sample must be refused');
  const seen = await inPage(async (page) => {
    await call(page, 'mountSetup');
    await page.focus('#setup-associationName');
    await page.keyboard.type(typed.associationName);
    await page.keyboard.press('Enter');
    const afterEnter = await focused(page);
    for (const [field, value] of Object.entries(typed)) if (field !== 'associationName') await page.fill(`#setup-${field}`, value);
    await page.click('button[type="submit"]');
    await shown(page, 'setup-deskName');
    const invalid = {
      deskName: await errorText(page, 'setup-deskName'),
      passwordConfirm: await errorText(page, 'setup-passwordConfirm'),
      focus: await focused(page),
      stored: await stored(page),
    };
    // Fixed, then Enter on the last field saves.
    await page.fill('#setup-deskName', 'مكتب الاستقبال');
    await page.fill('#setup-passwordConfirm', typed.password);
    await page.focus('#setup-passwordConfirm');
    await page.keyboard.press('Enter');
    const after = await until(page, (s) => s.settings);
    return { afterEnter, invalid, after };
  });
  expect(seen.afterEnter).toBe('setup-deskName');
  expect(seen.invalid.deskName).toBe(tr(refused.error.deskName));
  expect(seen.invalid.passwordConfirm).toBe(tr(refused.error.passwordConfirm));
  expect(seen.invalid.deskName).not.toContain('errors.');
  expect(seen.invalid.focus).toBe('setup-deskName');
  expect(seen.invalid.stored).toEqual({ staff: 0, beneficiaries: 0, audit: 0, settings: false, completed: 0 });
  expect(seen.after).toMatchObject({ staff: 1, settings: true, completed: 1 });
});

test('staff: Enter walks the fields, the shared rules and the taken username show together, nothing is written until they pass', { timeout: 120_000 }, async () => {
  const typed = { displayName: 'موظفة جديدة', username: 'reception1', roles: [], unitIds: [], password: '12345678901', passwordConfirm: '12345678901' };
  const refused = validateNewStaff(typed);
  if (refused.ok) throw new Error('the sample must be refused');
  const seen = await inPage(async (page) => {
    await call(page, 'addStaffDoc', typed.username);
    await call(page, 'mountStaff');
    await page.focus('#staff-displayName');
    await page.keyboard.type(typed.displayName);
    await page.keyboard.press('Enter');
    const afterEnter = await focused(page);
    await page.keyboard.type(typed.username);
    await page.fill('#staff-password', typed.password);
    await page.fill('#staff-passwordConfirm', typed.passwordConfirm);
    await page.click('button[type="submit"]');
    await shown(page, 'staff-username');
    const invalid = {
      username: await errorText(page, 'staff-username'),
      roles: await errorText(page, 'staff-roles'),
      password: await errorText(page, 'staff-password'),
      stored: await stored(page),
    };
    // Fixed, then Enter on the last field adds the member.
    await page.fill('#staff-username', 'reception2');
    await page.check('input[type="checkbox"][value="receptionist"]');
    await page.fill('#staff-password', 'a-long-pass-phrase');
    await page.fill('#staff-passwordConfirm', 'a-long-pass-phrase');
    await page.focus('#staff-passwordConfirm');
    await page.keyboard.press('Enter');
    const after = await until(page, (s) => s.staff === 2);
    return { afterEnter, invalid, after };
  });
  expect(seen.afterEnter).toBe('staff-username');
  expect(seen.invalid.username).toBe(tr('staff.username-taken'));
  expect(seen.invalid.roles).toBe(tr(refused.error.roles));
  expect(seen.invalid.password).toBe(tr(refused.error.password));
  expect(seen.invalid.stored).toMatchObject({ staff: 1, audit: 0 });
  expect(seen.after).toMatchObject({ staff: 2, audit: 1 });
});

test('beneficiary: Enter walks the fields, the shared validator refusal shows on its field, nothing is written, and the half-filled form survives leaving', { timeout: 120_000 }, async () => {
  const purpose = i18next.t('registry.consent.purpose');
  const typed = { ...EMPTY_FORM, name: { ...EMPTY_FORM.name, first: 'سارة' } };
  const refused = validateBeneficiaryInput(toFormInput(typed, purpose), { todayIso: '2026-03-10' });
  if (refused.ok) throw new Error('the sample must be refused');
  const seen = await inPage(async (page) => {
    await call(page, 'mountBeneficiary');
    await page.focus('#bf-name-first');
    await page.keyboard.type(typed.name.first);
    await page.keyboard.press('Enter');
    const afterEnter = await focused(page);
    // Enter never saves a file: on the last name part it only moves on.
    await page.focus('#bf-name-family');
    await page.keyboard.press('Enter');
    const afterFamily = await focused(page);
    await page.click('button[type="submit"]');
    await shown(page, 'bf-name-father');
    const invalid = { father: await errorText(page, 'bf-name-father'), nationalId: await errorText(page, 'bf-nationalId'), focus: await focused(page), stored: await stored(page) };
    // The screen goes away and comes back in the same session: the typed name is still there.
    await call(page, 'unmount');
    await call(page, 'mountBeneficiary');
    await page.waitForFunction(() => document.getElementById('bf-name-first') !== null);
    const restored = await page.evaluate(() => (document.getElementById('bf-name-first') as HTMLInputElement | null)?.value ?? '');
    return { afterEnter, afterFamily, invalid, restored, stored: await stored(page) };
  });
  expect(seen.afterEnter).toBe('bf-name-father');
  expect(seen.afterFamily).toBe('bf-latinName');
  expect(seen.invalid.father).toBe(tr(refused.error['name.father']));
  expect(seen.invalid.nationalId).toBe(tr(refused.error['nationalId']));
  expect(seen.invalid.focus).toBe('bf-name-father');
  expect(seen.invalid.stored).toMatchObject({ beneficiaries: 0, audit: 0 });
  expect(seen.restored).toBe(typed.name.first);
  expect(seen.stored).toMatchObject({ beneficiaries: 0 });
});
