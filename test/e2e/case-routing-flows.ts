import { expect, type Page } from '@playwright/test';
import { tr } from './ar-strings';

/** As the signed-in admin: opens the catalog's case-routing tab (the liaison matrix, delegations, clocks). */
export async function openCaseRouting(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.catalog') }).click();
  await page.getByRole('tab', { name: tr('caseRouting.tab') }).click();
  await expect(page.getByRole('table', { name: tr('caseRouting.matrix') })).toBeVisible({ timeout: 20_000 });
}

/** Sets one cell of the matrix (category × domain, by their Arabic labels) to an officer and backup, by name. */
export async function setLiaisonCell(page: Page, cell: { category: string; domain: string }, officer: string, backup = ''): Promise<void> {
  await page.getByRole('button', { name: tr('caseRouting.editCell', { cell: `${cell.category} — ${cell.domain}` }) }).click();
  await page.getByRole('combobox', { name: tr('caseRouting.officer') }).selectOption({ label: officer });
  await page.getByRole('combobox', { name: tr('caseRouting.backup') }).selectOption({ label: backup || tr('caseRouting.nobody') });
  await page.getByRole('button', { name: tr('caseRouting.saveCell'), exact: true }).first().click();
}
