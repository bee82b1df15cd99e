/**
 * Surveys end to end (policy 3.8): the quality officer builds a questionnaire ("show if" included), a periodic
 * phone campaign samples 10 beneficiaries from the registry, a phone worker records 3 answers and 2
 * unreachable attempts; the results show the response rate and the index ("too few to report" under 5).
 * Bad input is refused with translated errors and nothing saved; editing the questionnaire after answers
 * exist makes version 2.
 */
import type { Page } from '@playwright/test';
import { tr } from './ar-strings';
import { ADMIN, countStoredDocs, expectHome, setUpDesk, signIn, signOut } from './desk-flows';
import { withDevSyncServer } from './dev-sync-server';
import { expect } from './fixtures';
import { addStaffMember } from './staff-flows';
import { connectSync } from './cases-flows';
import { choose, openSurveys, pick, pushFiles, seedFiles } from './survey-flows';

// Its own port (B+10.. in a developer's range): specs running side by side never share a server.
const SURVEYS_SYNC_PORT = Number(process.env.WASL_E2E_SURVEYS_PORT ?? 8893);
const DEV_TOKEN = 'e2e-surveys-token-0123';
const test = withDevSyncServer(SURVEYS_SYNC_PORT, DEV_TOKEN);

const PHONE = { name: 'عبير السبيعي', username: 'abeer.phone', password: 'Phone-Desk-2026' };
const TITLE = 'استبيان رضا المستفيدين';
const Q1 = 'ما مدى رضاك عن الخدمة؟';
const Q2 = 'هل أنجزت معاملتك في موعدها؟';
const Q3 = 'ما سبب التأخير؟';

async function signInAs(page: Page, who: { name: string; password: string }): Promise<void> {
  await signOut(page);
  await signIn(page, who.name, who.password);
  await expectHome(page, who.name);
}

async function buildQuestionnaire(page: Page): Promise<void> {
  await page.getByRole('button', { name: tr('surveys.builder.newTitle') }).click();
  // Nothing filled in: each problem is named, in Arabic, and nothing is stored.
  await page.getByRole('button', { name: tr('surveys.builder.save') }).click();
  await expect(page.getByText(tr('surveys.errors.questionnaire.title-required'))).toBeVisible();
  await expect(page.getByTestId('question-1').getByRole('alert')).toHaveText(tr('surveys.errors.questionnaire.question-text-required'));
  expect(await countStoredDocs(page, 'surveys')).toBe(0);

  await page.getByRole('textbox', { name: tr('surveys.builder.titleAr') }).fill(TITLE);
  await page.getByTestId('question-1').getByRole('textbox', { name: tr('surveys.builder.textAr') }).fill(Q1);
  for (const [type, text] of [['yes-no', Q2], ['text', Q3]] as const) {
    await page.getByRole('button', { name: tr('surveys.builder.add') }).click();
    await page.getByRole('menuitem', { name: tr(`surveys.type.${type}`) }).click();
    await page.getByTestId(type === 'text' ? 'question-3' : 'question-2').getByRole('textbox', { name: tr('surveys.builder.textAr') }).fill(text);
  }
  const third = page.getByTestId('question-3');
  await third.getByRole('combobox', { name: tr('surveys.builder.showIf') }).click();
  await page.getByRole('option', { name: `2. ${Q2}` }).click();
  await third.getByRole('group', { name: tr('surveys.builder.showIfValues') }).getByRole('checkbox', { name: tr('surveys.answer.no'), exact: true }).check();
  await page.getByRole('button', { name: tr('surveys.builder.save') }).click();
  await expect(page.getByRole('heading', { name: tr('surveys.builder.editTitle', { version: 1 }) })).toBeVisible();
}

async function createCampaign(page: Page): Promise<void> {
  await openSurveys(page);
  await page.getByRole('button', { name: tr('surveys.campaign.newTitle') }).click();
  const form = page.getByTestId('campaign-form');
  await form.getByRole('textbox', { name: tr('surveys.campaign.name') }).fill('رضا الربع الأول');
  // No questionnaire chosen: refused with the field named, no campaign and no tasks written.
  await form.getByRole('button', { name: tr('surveys.campaign.create') }).click();
  await expect(form.getByText(tr('surveys.errors.campaign.questionnaire-required'))).toBeVisible();
  expect(await countStoredDocs(page, 'surveys')).toBe(1);
  await pick(page, tr('surveys.campaign.questionnaire'), `${TITLE} — ${tr('surveys.version', { n: 1 })}`);
  // Tasks may be shared among several workers (in turn); here all go to the one phone worker.
  await pick(page, tr('surveys.campaign.assignedTo'), PHONE.name);
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: tr('surveys.campaign.create') }).click();
  await expect(page.getByRole('heading', { name: tr('surveys.tasks.title', { name: 'رضا الربع الأول' }) })).toBeVisible();
  await expect(page.getByTestId('survey-task')).toHaveCount(10);
}

async function workTasks(page: Page): Promise<void> {
  await openSurveys(page);
  await page.getByRole('link', { name: tr('surveys.tasks.open') }).click();
  const tasks = page.getByTestId('survey-task');
  await expect(tasks).toHaveCount(10);
  const answers: [string, string, string | null][] = [['4', tr('surveys.answer.yes'), null], ['5', tr('surveys.answer.no'), 'تأخر الصرف أسبوعًا'], ['2', tr('surveys.answer.yes'), null]];
  for (const [i, [rating, onTime, why]] of answers.entries()) {
    const task = tasks.nth(i);
    await task.getByRole('button', { name: tr('surveys.tasks.answer') }).click();
    if (i === 0) {
      // The required question (the rating) left empty: refused next to it, nothing recorded.
      await task.getByRole('button', { name: tr('surveys.tasks.saveAnswer') }).click();
      await expect(task.getByText(tr('surveys.errors.answer.required'))).toHaveCount(1);
      await expect(task).toHaveAttribute('data-outcome', 'pending');
    }
    await choose(page, task, Q1, rating);
    await choose(page, task, Q2, onTime);
    // The "show if": the reason is asked only after a "no".
    await expect(task.getByRole('textbox', { name: Q3 })).toHaveCount(why ? 1 : 0);
    if (why) await task.getByRole('textbox', { name: Q3 }).fill(why);
    await task.getByRole('button', { name: tr('surveys.tasks.saveAnswer') }).click();
    await expect(task).toHaveAttribute('data-outcome', 'answered');
  }
  for (const i of [3, 4]) {
    await tasks.nth(i).getByRole('button', { name: tr('surveys.tasks.unreachable') }).click();
    await expect(tasks.nth(i)).toHaveAttribute('data-outcome', 'unreachable');
    await expect(tasks.nth(i)).toContainText(tr('surveys.tasks.attempts', { count: 1 }));
  }
}

test('a phone campaign samples 10 files; 3 answers and 2 unreachable attempts give the response rate and the index', async ({ page, syncServer }) => {
  test.setTimeout(180_000);
  await setUpDesk(page);
  await addStaffMember(page, PHONE, ['roles.liaison-officer']);
  await pushFiles(syncServer, DEV_TOKEN, seedFiles([...Array(6).fill('widows'), ...Array(6).fill('low-income-families')]));
  await connectSync(page, syncServer, DEV_TOKEN);
  await expect.poll(() => countStoredDocs(page, 'beneficiaries'), { timeout: 30_000 }).toBe(12);

  await openSurveys(page);
  await buildQuestionnaire(page);
  await createCampaign(page);
  await signInAs(page, PHONE);
  await workTasks(page);
  // Every attempt is in the communication log: 3 answered calls and 2 unanswered.
  expect(await countStoredDocs(page, 'interactions')).toBe(5);

  await signInAs(page, ADMIN);
  await openSurveys(page);
  await page.getByRole('link', { name: tr('surveys.results.title') }).click();
  const rate = page.getByTestId('response-rate');
  await expect(rate.getByTestId('rate-sampled')).toHaveText('10');
  await expect(rate.getByTestId('rate-answered')).toHaveText('3');
  await expect(rate.getByTestId('rate-unreachable')).toHaveText('2');
  await expect(rate.getByTestId('rate-attempts')).toHaveText('5');
  await expect(rate.getByTestId('rate-value')).toHaveText(tr('surveys.results.percent', { value: 30 }));
  const index = page.getByTestId('index-table').getByRole('row').nth(1);
  await expect(index).toContainText('3');
  await expect(index).toContainText(tr('surveys.results.tooFew'));

  // Editing the answered questionnaire makes version 2; version 1 and its answers stay as they were.
  await openSurveys(page);
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByTestId('locked-note')).toHaveText(tr('surveys.builder.locked', { count: 3 }));
  await page.getByRole('textbox', { name: tr('surveys.builder.titleAr') }).fill(`${TITLE} المحدث`);
  await page.getByRole('button', { name: tr('surveys.builder.save') }).click();
  await expect(page.getByRole('heading', { name: tr('surveys.builder.editTitle', { version: 2 }) })).toBeVisible();
  await expect(page.getByTestId('locked-note')).toHaveCount(0);
  await openSurveys(page);
  await expect(page.getByTestId('questionnaire-version')).toHaveText(tr('surveys.version', { n: 2 }));
});
