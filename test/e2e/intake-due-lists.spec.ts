/**
 * The reply clock seen from the requests desk (policy 3.3f): a referred request appears, highlighted, in
 * the due-within-3-working-days list and later in the overdue list. The fake clock jumps only while
 * nobody is signed in (page.clock.setSystemTime fires no timers), so the idle lock never sees the jump:
 * signing in starts a fresh activity window at the new time.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { formatGregorian, formatHijri } from '../../shared/calendar/hijri';
import { riyadhDateOf, type IsoDate } from '../../shared/calendar/iso-date';
import { seedHolidays } from '../../shared/calendar/seed-holidays';
import { DUE_SOON_WORKING_DAYS, REPLY_WORKING_DAYS, addWorkingDays, dueDate, remainingWorkingDays } from '../../shared/calendar/working-days';
import { HOLIDAY_SEED_YEARS } from '../../shared/catalog/holiday-catalog';
import { tr } from './ar-strings';
import { signOnPad } from './declaration-flows';
import { ADMIN, expectHome, signIn, signOut } from './desk-flows';
import { FOOD_BASKET, TODAY, completeFoodBasket, deskWithBeneficiary, startIntake } from './intake-flows';

const HOLIDAYS = seedHolidays(HOLIDAY_SEED_YEARS);
/** Mantine's red-0 and orange-0: the overdue and due-soon row backgrounds (styles/intake.css). */
const RED_0 = 'rgb(255, 245, 245)';
const ORANGE_0 = 'rgb(255, 244, 230)';

/** Signs out, moves the desk's clock to 09:30 Riyadh time on `date`, signs back in and opens the requests desk. */
async function openRequestsOn(page: Page, date: IsoDate): Promise<void> {
  await signOut(page);
  await page.clock.setSystemTime(new Date(`${date}T06:30:00Z`));
  await signIn(page, ADMIN.name, ADMIN.password);
  await expectHome(page, ADMIN.name);
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.requests') }).click();
  await expect(page.getByRole('heading', { name: tr('requests.title'), exact: true })).toBeVisible();
}

const list = (page: Page, key: 'requests.overdue' | 'requests.dueSoon') => page.locator(key === 'requests.overdue' ? '.wasl-list-overdue' : '.wasl-list-due-soon');

test('a referred request moves into the due-soon list, then into the overdue list, highlighted', async ({ page }) => {
  test.setTimeout(240_000);
  await deskWithBeneficiary(page);

  // A complete food-basket request, referred today (Wednesday 18 February 2026).
  await startIntake(page, FOOD_BASKET.name);
  await completeFoodBasket(page, '5');
  await signOnPad(page);
  await page.getByRole('button', { name: tr('intake.completed.refer') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.referred'));
  const number = (await page.getByTestId('request-number').innerText()).trim();

  const completion = riyadhDateOf(TODAY.getTime());
  const due = dueDate(completion, HOLIDAYS);
  // Working day 12 leaves exactly 3; the working day after the due date is the first overdue one.
  const dueSoonDay = addWorkingDays(completion, REPLY_WORKING_DAYS - DUE_SOON_WORKING_DAYS, HOLIDAYS);
  const overdueDay = addWorkingDays(due, 1, HOLIDAYS);
  expect(remainingWorkingDays(dueSoonDay, due, HOLIDAYS)).toBe(DUE_SOON_WORKING_DAYS);
  const dayBefore = addWorkingDays(completion, REPLY_WORKING_DAYS - DUE_SOON_WORKING_DAYS - 1, HOLIDAYS);
  const row = (key: 'requests.overdue' | 'requests.dueSoon') => list(page, key).getByRole('row').filter({ hasText: number });

  // One working day before the window: in neither list.
  await openRequestsOn(page, dayBefore);
  await expect(page.getByRole('table', { name: tr(`requests.queue`, { unit: FOOD_BASKET.unit }) }).getByRole('row').filter({ hasText: number })).toHaveAttribute('data-due', 'on-track');
  await expect(row('requests.dueSoon')).toHaveCount(0);
  await expect(row('requests.overdue')).toHaveCount(0);

  // Three working days left: due soon, orange, with its due date in both calendars.
  await openRequestsOn(page, dueSoonDay);
  await expect(row('requests.dueSoon')).toHaveAttribute('data-due', 'due-soon');
  await expect(row('requests.dueSoon')).toHaveCSS('background-color', ORANGE_0);
  await expect(row('requests.dueSoon')).toContainText(tr('intake.view.dueState.due-soon'));
  await expect(row('requests.dueSoon')).toContainText(formatHijri(due, 'ar'));
  await expect(row('requests.dueSoon')).toContainText(formatGregorian(due, 'ar'));
  await expect(row('requests.overdue')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('due-soon.png'), fullPage: true });

  // The working day after the due date: overdue, red, and out of the due-soon list.
  await openRequestsOn(page, overdueDay);
  await expect(row('requests.overdue')).toHaveAttribute('data-due', 'overdue');
  await expect(row('requests.overdue')).toHaveCSS('background-color', RED_0);
  await expect(row('requests.overdue')).toContainText(tr('intake.view.dueState.overdue'));
  await expect(row('requests.dueSoon')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('overdue.png'), fullPage: true });
});
