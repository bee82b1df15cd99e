/**
 * The whole reception path with the keyboard alone, as a receptionist who does not use a mouse:
 * set up, register, intake, complete, sign on paper (print, then attach the scan), refer.
 * Only page.keyboard moves the focus and acts; the system file dialog is stood in for by
 * setting the files of the focused file input (or of the chooser the keyboard opened).
 * Every control is reached with Tab and shows a focus ring when reached that way.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { ADMIN, GOOD_SETUP, expectHome, field } from './desk-flows';
import { FOOD_BASKET, PDF_FILE, PNG_FILE, TODAY, expectSaved, fieldInput, fileInput } from './intake-flows';
import { FATIMA, input } from './registry-flows';

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Tab until `target` has the focus: proves it is reachable without a mouse. */
async function tabTo(page: Page, target: Locator, max = 150): Promise<void> {
  await target.waitFor({ state: 'attached', timeout: 20_000 });
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reachable with Tab in ${max} presses: ${String(target)}`);
}

/** Tab to a button or link, check its focus is drawn, press Enter. */
async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    // Mantine's input-styled controls (FileInput) show focus by their border in the primary colour, not grey.
    const border = el.classList.contains('mantine-Input-input') && style.borderColor !== 'rgb(206, 212, 218)';
    return el.matches(':focus-visible') && (outline || border);
  });
  expect(ring, `focus ring on ${String(target)}`).toBe(true);
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** A native select: focused with Tab, moved with the arrow keys until `label` is chosen. */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  for (let presses = 0; presses < 30; presses++) {
    if ((await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')) === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option ${label}`);
}

test('reception with the keyboard alone: register, intake, complete, sign on paper, refer', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: TODAY });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: tr('setup.title') })).toBeVisible();

  // First-run setup.
  const setup: [string, string][] = [
    ['setup.associationName', GOOD_SETUP.association],
    ['setup.deskName', GOOD_SETUP.deskName],
    ['setup.deskCode', GOOD_SETUP.code],
    ['setup.adminName', GOOD_SETUP.adminName],
    ['setup.username', GOOD_SETUP.username],
    ['setup.password', GOOD_SETUP.password],
    ['setup.passwordConfirm', GOOD_SETUP.confirm],
  ];
  for (const [key, value] of setup) await typeInto(page, field(page, key), value);
  await activate(page, page.getByRole('button', { name: tr('setup.submit') }));
  await expectHome(page, ADMIN.name);

  // Register the beneficiary.
  await activate(page, page.getByRole('navigation').getByRole('link', { name: tr('nav.beneficiaries') }));
  await expect(page.getByRole('heading', { name: tr('registry.title') })).toBeVisible();
  await activate(page, page.getByRole('button', { name: new RegExp(tr('registry.newFile')) }));
  await expect(page.getByRole('heading', { name: tr('registry.form.newTitle') })).toBeVisible();
  const parts = ['registry.field.first', 'registry.field.father', 'registry.field.grandfather', 'registry.field.family'];
  for (const [i, key] of parts.entries()) await typeInto(page, input(page, key), FATIMA.name[i] ?? '');
  await typeInto(page, input(page, 'registry.field.nationalId'), FATIMA.nationalId);
  // The date field opens in the Hijri calendar; its day segment takes the digits and moves on by itself.
  const birth = page.getByRole('group', { name: tr('registry.field.birthDate'), exact: true });
  await typeInto(page, birth.getByRole('spinbutton').first(), `${FATIMA.birth.day}${FATIMA.birth.month}${FATIMA.birth.year}`);
  await choose(page, input(page, 'registry.field.gender', 'combobox'), tr(`registry.gender.${FATIMA.gender}`));
  await choose(page, input(page, 'registry.field.maritalStatus', 'combobox'), tr(`registry.marital.${FATIMA.marital}`));
  await choose(page, input(page, 'registry.field.category', 'combobox'), FATIMA.category);
  await typeInto(page, input(page, 'registry.field.familyCount'), FATIMA.familyCount);
  await typeInto(page, input(page, 'registry.field.mobile'), FATIMA.mobile);
  await typeInto(page, input(page, 'registry.field.city'), FATIMA.city);
  await typeInto(page, input(page, 'registry.field.district'), FATIMA.district);
  const consent = input(page, 'registry.consent.given', 'checkbox');
  await tabTo(page, consent);
  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();
  await activate(page, page.getByRole('button', { name: new RegExp(`^(${tr('registry.form.save')}|${tr('registry.form.saveAcknowledged')})`) }));
  await expect(page.getByTestId('file-number')).toBeVisible({ timeout: 20_000 });

  // Intake: the type with the arrow keys, the checklist's files from the focused inputs.
  await activate(page, page.getByRole('button', { name: tr('intake.newRequest'), exact: true }));
  const basket = page.getByRole('radio', { name: FOOD_BASKET.name });
  await tabTo(page, page.getByRole('radio').first());
  for (let presses = 0; presses < 10 && !(await basket.isChecked()); presses++) await page.keyboard.press('ArrowDown');
  await expect(basket).toBeChecked();
  await activate(page, page.getByRole('button', { name: tr('intake.startIntake') }));
  await expect(page.getByRole('heading', { name: tr('intake.checklist.title') })).toBeVisible({ timeout: 20_000 });
  for (const [label, file] of [[FOOD_BASKET.documents[0], PDF_FILE], [FOOD_BASKET.documents[1], PNG_FILE]] as const) {
    await tabTo(page, fileInput(page, label));
    await page.locator(':focus').setInputFiles(file);
    await expect(page.getByTestId(/^requirement-/).filter({ hasText: label }).getByText(file.name)).toBeVisible({ timeout: 20_000 });
  }
  await typeInto(page, fieldInput(page, FOOD_BASKET.fields.count), '4');
  await typeInto(page, fieldInput(page, FOOD_BASKET.fields.address), 'RRRD2929');
  await expectSaved(page);
  await activate(page, page.getByRole('button', { name: tr('intake.checklist.next') }));
  await activate(page, page.getByRole('button', { name: tr('intake.review.complete') }));

  // Signed on paper: printed with an empty box, then the scan chosen from the keyboard-opened dialog.
  const step = page.getByTestId('declaration-step');
  // Viewing writes nothing: the declaration is prepared on the receptionist's own keypress.
  await activate(page, step.getByRole('button', { name: tr('declaration.prepare') }));
  await expect(step.getByTestId('declaration-state')).toHaveText(tr('declaration.state.draft'), { timeout: 20_000 });
  const download = page.waitForEvent('download');
  await activate(page, step.getByRole('button', { name: tr('declaration.printForPaper') }));
  await download;
  await expect(step.getByTestId('declaration-state')).toHaveText(tr('declaration.state.awaiting-scan'));
  const chooser = page.waitForEvent('filechooser');
  await activate(page, step.getByLabel(tr('declaration.scan')));
  await (await chooser).setFiles(PNG_FILE);
  await activate(page, step.getByRole('button', { name: tr('declaration.attachScan') }));
  await expect(step.getByTestId('declaration-state')).toHaveText(tr('declaration.state.signed'), { timeout: 20_000 });

  // Referred to the type's unit.
  await activate(page, page.getByRole('button', { name: tr('intake.completed.refer') }));
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.referred'));

  // In the unit's queue its due state is a word beside the colour.
  await activate(page, page.getByRole('navigation').getByRole('link', { name: tr('nav.requests') }));
  const row = page.locator('tr[data-due="on-track"]').first();
  await expect(row).toContainText(tr('intake.view.dueState.on-track'));
});
