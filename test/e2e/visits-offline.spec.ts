/**
 * Supervisory visits end to end (policy 3.8c-d): a manager's desk plans a home visit with an interview
 * questionnaire; the field worker's desk shows it "ready offline", goes offline (Playwright), records the
 * checklist with one failed item (a failed item without a note is refused, in Arabic, and nothing is kept),
 * two photos and two interviews, and comes back online. The manager's desk sees the visit, the corrective
 * action and the answers; the report PDF is read back with pdftotext and its last page rendered (pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { tr } from './ar-strings';
import { expectHome, setUpDesk, signIn, signOut } from './desk-flows';
import { withDevSyncServer } from './dev-sync-server';
import { expect, watchProblems } from './fixtures';
import { addStaffMember } from './staff-flows';
import { connectSync } from './cases-flows';
import { pushFiles, seedFiles } from './survey-flows';
import { pdfText } from './intake-flows';

// Its own port (B+10.. in a developer's range): specs running side by side never share a server.
const VISITS_SYNC_PORT = Number(process.env.WASL_E2E_VISITS_PORT ?? 8875);
const DEV_TOKEN = 'e2e-visits-token-0123';
const test = withDevSyncServer(VISITS_SYNC_PORT, DEV_TOKEN);

const WORKER = { name: 'هيا المطيري', username: 'haya.field', password: 'Field-Desk-2026' };
const QUESTION = 'ما مدى رضاك عن زيارة الباحثة؟';
const FAILED_NOTE = 'تسرب مياه في المطبخ';

/** A one-question interview questionnaire, as the surveys builder stores it (pushed as the development token). */
async function pushQuestionnaire(server: string): Promise<string> {
  const id = randomUUID();
  const at = '2026-01-05T08:00:00.000Z';
  const doc = {
    id, kind: 'questionnaire', campaignId: '', questionnaireId: id, beneficiaryId: '', createdAt: at, createdBy: 'seed', updatedAt: at, updatedBy: 'seed', deskId: 'seed-desk',
    seriesId: id, seriesVersion: 1, title: { ar: 'مقابلة الزيارة المنزلية', en: '' },
    questions: [{ id: 'q1', type: 'rating', text: { ar: QUESTION, en: '' }, required: true, options: [], showIf: null }], _deleted: false,
  };
  const response = await fetch(`${server}/sync/surveys/push`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${DEV_TOKEN}` }, body: JSON.stringify([{ newDocumentState: doc }]),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return id;
}

/** A synthetic photo (a coloured PNG) picked from disk. */
function photo(name: string, rgb: [number, number, number]) {
  const png = new PNG({ width: 800, height: 600 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
  return { name, mimeType: 'image/png', buffer: PNG.sync.write(png) };
}

async function openDesk(browser: Browser): Promise<{ page: Page; problems: () => string[] }> {
  const page = await (await browser.newContext()).newPage();
  const problems = await watchProblems(page);
  await setUpDesk(page);
  return { page, problems };
}

async function openVisits(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.visits') }).click();
  await expect(page.getByRole('heading', { name: tr('visits.title'), level: 1 })).toBeVisible();
}

async function planVisit(page: Page, fileName: string): Promise<string> {
  await openVisits(page);
  const form = page.getByTestId('visit-plan-form');
  await form.getByRole('button', { name: tr('visits.plan.submit') }).click();
  await expect(form.getByText(tr('visits.plan.invalid'))).toBeVisible();
  await expect(page.getByTestId('visit-row')).toHaveCount(0);
  await form.getByRole('combobox', { name: tr('requests.findBeneficiary') }).fill(fileName.split(' ')[0] ?? '');
  await expect(form.getByText(fileName).first()).toBeVisible({ timeout: 30_000 });
  await form.getByRole('combobox', { name: tr('requests.findBeneficiary') }).press('Enter');
  await expect(form.getByTestId('visit-plan-file')).toContainText(fileName);
  await form.getByLabel(tr('visits.plan.date')).fill(new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 10));
  await form.getByRole('combobox', { name: tr('visits.plan.type') }).selectOption({ label: 'زيارة منزلية' });
  await form.getByRole('combobox', { name: tr('visits.plan.fieldWorker') }).selectOption({ label: WORKER.name });
  await form.getByRole('checkbox', { name: 'مقابلة الزيارة المنزلية (v1)' }).check();
  await form.getByRole('button', { name: tr('visits.plan.submit') }).click();
  const number = page.getByTestId('visit-number');
  await expect(number).toBeVisible();
  return (await number.innerText()).trim();
}

async function recordItem(page: Page, key: string, result: string, note = ''): Promise<void> {
  const item = page.locator(`[data-testid="check-item"][data-key="${key}"]`);
  await item.getByText(tr(`visits.result.${result}`), { exact: true }).click();
  if (note) await item.getByRole('textbox').fill(note);
  await item.getByRole('button').click();
  await expect(item).toHaveAttribute('data-result', result);
}

test('a field worker records a visit offline; the manager sees the corrective action, the answers and the report', async ({ browser, syncServer }) => {
  test.setTimeout(300_000);
  const [file] = seedFiles(['widows']);
  await pushFiles(syncServer, DEV_TOKEN, [file ?? {}]);
  await pushQuestionnaire(syncServer);
  const fileName = String(file?.fullName);

  const manager = await openDesk(browser);
  await addStaffMember(manager.page, WORKER, ['roles.field-worker']);
  await connectSync(manager.page, syncServer, DEV_TOKEN);
  const number = await planVisit(manager.page, fileName);

  // The field worker's desk: everything the visit needs arrives by sync; the list says "ready offline".
  const field = await openDesk(browser);
  const page = field.page;
  await connectSync(page, syncServer, DEV_TOKEN);
  await signOut(page);
  await expect(page.getByRole('combobox', { name: tr('signIn.staff') }).getByRole('option', { name: WORKER.name })).toHaveCount(1, { timeout: 30_000 });
  await signIn(page, WORKER.name, WORKER.password);
  await expectHome(page, WORKER.name);
  await openVisits(page);
  const row = page.locator(`[data-testid="visit-row"][data-number="${number}"]`);
  await expect(row.getByTestId('visit-ready-state')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await row.getByRole('button', { name: tr('visits.open', { number }) }).click();
  await page.getByRole('button', { name: tr('visits.moves.ready') }).click();
  await expect(page.getByTestId('visit-status')).toHaveAttribute('data-status', 'ready');

  await page.context().setOffline(true);
  await page.getByRole('button', { name: tr('visits.moves.in-progress') }).click();
  await expect(page.getByTestId('visit-status')).toHaveAttribute('data-status', 'in-progress');
  // A failed item without a note: refused in Arabic, nothing kept.
  const housing = page.locator('[data-testid="check-item"][data-key="housing-condition"]');
  await housing.getByText(tr('visits.result.not-met'), { exact: true }).click();
  await housing.getByRole('button').click();
  await expect(housing.getByRole('alert')).toHaveText(tr('visits.errors.visit.note-required'));
  await expect(housing).toHaveAttribute('data-result', '');
  await recordItem(page, 'identity-checked', 'met');
  await recordItem(page, 'housing-condition', 'not-met', FAILED_NOTE);
  await recordItem(page, 'aid-received', 'met');
  await recordItem(page, 'needs-updated', 'not-applicable');
  await expect(page.locator('[data-testid="visit-action"][data-item="housing-condition"]')).toContainText(FAILED_NOTE);

  const photos = page.getByTestId('visit-photos');
  const caption = photos.getByRole('textbox', { name: tr('visits.photo.caption') });
  const pick = photos.locator('input[type="file"]');
  await caption.fill('المطبخ');
  await pick.setInputFiles(photo('kitchen.png', [200, 30, 30]));
  // The next caption, typed while the first photo is still being made smaller, is kept when that save ends.
  await caption.fill('السقف');
  await expect(photos.getByTestId('visit-photo')).toHaveCount(1, { timeout: 30_000 });
  await expect(photos.getByText(tr('visits.photo.working'))).toHaveCount(0, { timeout: 30_000 });
  await expect(caption).toHaveValue('السقف');
  await pick.setInputFiles(photo('roof.png', [30, 30, 200]));
  await expect(photos.getByTestId('visit-photo')).toHaveCount(2, { timeout: 30_000 });
  await expect(caption).toHaveValue('');
  for (const size of await photos.getByTestId('visit-photo').evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-size'))))) expect(size).toBeLessThanOrEqual(300 * 1024);

  const interview = page.getByTestId('interview-form');
  for (const [i, rating] of ['4', '5'].entries()) {
    await interview.getByRole('combobox', { name: QUESTION }).selectOption(rating);
    await interview.getByRole('button', { name: tr('visits.interviews.save') }).click();
    await expect(page.getByTestId('visit-interviews')).toHaveAttribute('data-count', String(i + 1));
  }
  await page.getByRole('textbox', { name: tr('visits.findings.label') }).fill('الأسرة بحاجة إلى صيانة عاجلة للمطبخ');
  await page.getByRole('button', { name: tr('visits.findings.save') }).click();
  await page.getByRole('button', { name: tr('visits.moves.completed') }).click();
  await expect(page.getByTestId('visit-status')).toHaveAttribute('data-status', 'completed');
  await page.context().setOffline(false);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-phase', 'synced', { timeout: 60_000 });

  // The manager's desk: the visit, the corrective action, the answers and the photos (fetched from the server).
  const m = manager.page;
  await expect(m.getByTestId('visit-status')).toHaveAttribute('data-status', 'completed', { timeout: 60_000 });
  await expect(m.locator('[data-testid="visit-action"][data-item="housing-condition"]')).toHaveAttribute('data-status', 'open');
  await expect(m.getByTestId('interview-answer')).toHaveCount(2, { timeout: 30_000 });
  await expect(m.getByTestId('interview-answer').first()).toContainText(`${QUESTION}: 4`);
  await expect(m.getByTestId('visit-photo').getByRole('img')).toHaveCount(2, { timeout: 60_000 });
  await openVisits(m);
  await expect(m.getByTestId('open-action')).toContainText(FAILED_NOTE);
  await m.getByRole('button', { name: tr('visits.open', { number }) }).click();

  const downloading = m.waitForEvent('download');
  await m.getByRole('button', { name: tr('visits.report.save') }).click();
  const pdf = test.info().outputPath('visit-report.pdf');
  await (await downloading).saveAs(pdf);
  const text = pdfText(pdf);
  for (const words of ['تقرير زيارة إشرافية', number, 'غير متحقق', FAILED_NOTE, 'المطبخ', 'السقف']) expect(text).toContain(words);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const prefix = test.info().outputPath('visit-report-last');
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', String(pages), '-l', String(pages), '-singlefile', pdf, prefix]);
  expect(existsSync(`${prefix}.png`)).toBe(true);
  expect(PNG.sync.read(execFileSync('cat', [`${prefix}.png`])).width).toBeGreaterThan(300);
  // The browser itself logs requests that could not go out while offline, and a photo asked for before the
  // field desk had uploaded it (shown once it arrives); anything else is a problem.
  const expected = /^console\.error: Failed to load resource: (net::ERR_INTERNET_DISCONNECTED|the server responded with a status of 404)/;
  expect([...manager.problems(), ...field.problems()].filter((problem) => !expected.test(problem))).toEqual([]);
});
