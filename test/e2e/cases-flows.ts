/** Steps the cases spec uses: the desk's sync and the cases screens (the matrix: case-routing-flows.ts). */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { tr } from './ar-strings';

export const LIAISON = { name: 'خالد الدوسري', username: 'khalid.liaison', password: 'Liaison-Desk-2026' };
export const STAFF_X = { name: 'ريم الحربي', username: 'reem.x', password: 'Reem-Desk-2026x' };

/** Points the desk at the sync server with the development token and waits for "synced". */
export async function connectSync(page: Page, server: string, token: string): Promise<void> {
  await page.getByTestId('sync-indicator').click();
  await page.getByRole('textbox', { name: tr('sync.server.url') }).fill(server);
  await page.getByLabel(tr('sync.server.token')).fill(token);
  await page.getByRole('button', { name: tr('sync.server.save') }).click();
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-phase', 'synced', { timeout: 30_000 });
}

export async function openCases(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.cases') }).click();
  await expect(page.getByRole('heading', { name: tr('cases.title'), level: 1 })).toBeVisible();
}

/** A list of the cases screen by its key (cases.lists.*). */
export const caseList = (page: Page, key: string) => page.getByTestId(`cases-list-${key}`);

/** Opens the case `number` from a list of the cases screen. */
export async function openCaseFrom(page: Page, list: string, number: string): Promise<void> {
  await caseList(page, list).getByRole('button', { name: tr('cases.open', { number }) }).click();
  await expect(page.getByTestId('case-number')).toHaveText(number);
}

export const caseStatus = (page: Page) => page.getByRole('main').getByTestId('case-status').first();

/** Fills the new-case form's common fields (the form is open). */
export async function fillNewCase(page: Page, values: { category: string; channel: string; description: string; domain: string }): Promise<void> {
  await page.getByRole('combobox', { name: tr('cases.category'), exact: true }).selectOption({ label: values.category });
  await page.getByRole('combobox', { name: tr('cases.channel'), exact: true }).selectOption({ label: values.channel });
  await page.getByRole('textbox', { name: tr('cases.description'), exact: true }).fill(values.description);
  await page.getByRole('combobox', { name: tr('cases.domain'), exact: true }).selectOption({ label: values.domain });
}

/** No serious or critical WCAG 2 A/AA violation on the screen as it is (as accessibility.spec.ts checks). */
export async function expectNoSeriousAxe(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).options({ resultTypes: ['violations'] }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
  expect.soft(serious, `serious or critical axe violations on ${screen}`).toEqual([]);
}
