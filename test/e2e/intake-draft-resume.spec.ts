import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { ADMIN, expectHome, signIn } from './desk-flows';
import { FOOD_BASKET, PDF_FILE, attach, deskWithBeneficiary, expectSaved, fieldInput, startIntake } from './intake-flows';

test('a draft survives closing the page: listed on the file, resumed intact', async ({ page, context }) => {
  test.setTimeout(120_000);
  const fileUrl = await deskWithBeneficiary(page);
  await startIntake(page, FOOD_BASKET.name);
  await attach(page, FOOD_BASKET.documents[0], PDF_FILE);
  await fieldInput(page, FOOD_BASKET.fields.count).fill('7');
  await fieldInput(page, FOOD_BASKET.fields.address).fill('ABCD1234');
  await page.getByRole('textbox', { name: tr('intake.checklist.notes') }).fill('تحضر الأصول غدًا');
  await expectSaved(page);
  // Closed mid-draft, as when the reception PC is switched off.
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto(fileUrl);
  await signIn(reopened, ADMIN.name, ADMIN.password);
  await expectHome(reopened, ADMIN.name);
  await reopened.goto(fileUrl);
  const row = reopened.getByTestId('beneficiary-request');
  await expect(row).toContainText(tr('intake.status.draft'));
  await row.getByRole('button', { name: tr('intake.drafts.resume') }).click();
  await expect(fieldInput(reopened, FOOD_BASKET.fields.count)).toHaveValue('7');
  await expect(fieldInput(reopened, FOOD_BASKET.fields.address)).toHaveValue('ABCD1234');
  await expect(reopened.getByRole('textbox', { name: tr('intake.checklist.notes') })).toHaveValue('تحضر الأصول غدًا');
  await expect(reopened.getByTestId('requirement-national-id-copy')).toContainText(PDF_FILE.name);
  await expect(reopened.getByTestId('requirement-national-id-copy')).toHaveAttribute('data-provided', 'true');
  await expect(reopened.getByTestId('requirement-family-record')).toHaveAttribute('data-provided', 'false');
  await reopened.screenshot({ path: test.info().outputPath('resumed.png'), fullPage: true });
});
