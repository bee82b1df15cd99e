/**
 * Who receives the cases (policy 3.7a): the admin fills a cell of the liaison matrix (gaps counted and
 * shown), is refused an officer as their own backup, and adds a delegation while the officer is away;
 * the tab has no serious accessibility violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { setUpDesk } from './desk-flows';
import { openCaseRouting, setLiaisonCell } from './case-routing-flows';
import { typeDate } from './registry-flows';
import { addStaffMember } from './staff-flows';

const OFFICER = { name: 'منى الحربي', username: 'mona.liaison', password: 'Liaison-Desk-2026' };
const STANDIN = { name: 'هند الشمري', username: 'hind.followup', password: 'Followup-Desk-2026' };
const CELL = { category: 'الأرامل', domain: 'المساعدات المالية' };

const dayParts = (date: Date) => ({
  calendar: 'gregorian' as const,
  day: String(date.getDate()).padStart(2, '0'),
  month: String(date.getMonth() + 1).padStart(2, '0'),
  year: String(date.getFullYear()),
});

test('case routing: the matrix with its gaps, a refused cell, a delegation', async ({ page }) => {
  test.setTimeout(180_000);
  await setUpDesk(page);
  await addStaffMember(page, OFFICER, ['roles.liaison-officer']);
  await addStaffMember(page, STANDIN, ['roles.follow-up-officer']);
  await openCaseRouting(page);
  const gaps = page.getByTestId('matrix-gaps');
  await expect(gaps).toHaveText(tr('caseRouting.gaps', { count: 49 }));
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).options({ resultTypes: ['violations'] }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The officer as their own backup: refused, nothing saved.
  await setLiaisonCell(page, CELL, OFFICER.name, OFFICER.name);
  await expect(page.getByRole('alert')).toHaveText(tr('errors.liaison.backup-same'));
  await expect(gaps).toHaveText(tr('caseRouting.gaps', { count: 49 }));
  await page.getByRole('combobox', { name: tr('caseRouting.backup') }).selectOption({ label: STANDIN.name });
  await page.getByRole('button', { name: tr('caseRouting.saveCell'), exact: true }).first().click();
  await expect(page.getByRole('status').filter({ hasText: tr('caseRouting.cellSaved') })).toBeVisible();
  await expect(gaps).toHaveText(tr('caseRouting.gaps', { count: 48 }));
  await expect(page.getByTestId('cell-widows-financial-aid')).toContainText(OFFICER.name);
  await expect(page.getByTestId('cell-widows-financial-aid')).toContainText(tr('caseRouting.backupShort', { name: STANDIN.name }));

  // A delegation for the coming days: in effect today, with an "end now".
  const today = new Date();
  await page.getByRole('combobox', { name: tr('caseRouting.delegationOfficer') }).selectOption({ label: OFFICER.name });
  await page.getByRole('combobox', { name: tr('caseRouting.delegate') }).selectOption({ label: STANDIN.name });
  await typeDate(page, 'caseRouting.from', dayParts(today));
  await typeDate(page, 'caseRouting.to', dayParts(new Date(today.getTime() + 14 * 86_400_000)));
  await page.getByRole('button', { name: tr('caseRouting.addDelegation') }).click();
  await expect(page.getByRole('status').filter({ hasText: tr('caseRouting.delegationSaved') })).toBeVisible();
  const row = page.getByRole('table', { name: tr('caseRouting.delegations') }).getByRole('row').filter({ hasText: OFFICER.name });
  await expect(row).toContainText(tr('caseRouting.states.current'));
  await row.getByRole('button', { name: tr('caseRouting.end') }).click();
  await expect(row).toContainText(tr('caseRouting.states.ended'));
});
