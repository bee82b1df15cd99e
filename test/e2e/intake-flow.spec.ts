import { test, expect } from './fixtures';
import { formatGregorian, formatHijri } from '../../shared/calendar/hijri';
import { riyadhDateOf } from '../../shared/calendar/iso-date';
import { seedHolidays } from '../../shared/calendar/seed-holidays';
import { dueDate } from '../../shared/calendar/working-days';
import { HOLIDAY_SEED_YEARS } from '../../shared/catalog/holiday-catalog';
import { tr } from './ar-strings';
import { ADMIN, signIn, signOut, expectHome } from './desk-flows';
import { signOnPad } from './declaration-flows';
import { FOOD_BASKET, PDF_FILE, PNG_FILE, TODAY, addOfficer, attach, deskWithBeneficiary, expectSaved, fieldInput, pdfText, startIntake } from './intake-flows';
import { buildRatingQuestionnaire, choose, openAfterServiceCampaign, openSurveys, pick } from './survey-flows';

const OFFICER = { name: 'خالد الدوسري', username: 'khalid.f', password: 'Follow-Up-2026' };
const RATING = { title: 'تقييم الخدمة بعد تقديمها', question: 'ما مدى رضاك عن إنجاز طلبك؟', campaign: 'تقييم ما بعد الخدمة' };

test('intake: refused while incomplete, complete with dates, receipt, referral, study, decision, notice, rating once, close, timeline, rating in results', async ({ page }) => {
  test.setTimeout(240_000);
  const fileUrl = await deskWithBeneficiary(page);

  // 1. Start the intake; one field typed, then completion is refused with exactly the missing lines.
  await startIntake(page, FOOD_BASKET.name);
  await fieldInput(page, FOOD_BASKET.fields.count).fill('5');
  await expectSaved(page);
  await page.getByRole('button', { name: tr('intake.checklist.next') }).click();
  await page.getByRole('button', { name: tr('intake.review.complete') }).click();
  const missing = page.getByTestId('missing-list');
  await expect(missing).toContainText(tr('intake.incomplete'));
  await expect(missing.getByRole('listitem')).toHaveText([...FOOD_BASKET.documents, FOOD_BASKET.fields.address]);
  await page.screenshot({ path: test.info().outputPath('refused.png'), fullPage: true });

  // 2. Attach the documents, fill the address, complete.
  await page.getByRole('button', { name: tr('intake.review.back') }).click();
  await attach(page, FOOD_BASKET.documents[0], PDF_FILE);
  await attach(page, FOOD_BASKET.documents[1], PNG_FILE);
  await fieldInput(page, FOOD_BASKET.fields.address).fill('RRRD2929');
  await expectSaved(page);
  await page.screenshot({ path: test.info().outputPath('checklist.png'), fullPage: true });
  await page.getByRole('button', { name: tr('intake.checklist.next') }).click();
  await expect(page.getByTestId('review-beneficiary')).toContainText('فاطمة أحمد عبدالله الشهري');
  await page.screenshot({ path: test.info().outputPath('review.png'), fullPage: true });
  await page.getByRole('button', { name: tr('intake.review.complete') }).click();

  // 3. The due date: working day 15 after today, Founding Day (Sunday 22 Feb) skipped.
  const completion = riyadhDateOf(TODAY.getTime());
  const due = dueDate(completion, seedHolidays(HOLIDAY_SEED_YEARS));
  await expect(page.getByTestId('due-date-hijri')).toHaveText(tr('intake.dates.hijri', { date: formatHijri(due, 'ar', { weekday: true }) }));
  await expect(page.getByTestId('due-date-gregorian')).toHaveText(tr('intake.dates.gregorian', { date: formatGregorian(due, 'ar', { weekday: true }) }));
  await expect(page.getByTestId('completion-date-gregorian')).toHaveText(tr('intake.dates.gregorian', { date: formatGregorian(completion, 'ar') }));
  const requestNumber = (await page.getByTestId('request-number').innerText()).trim();
  expect(requestNumber).toBe('RYD1-R2026-000001');
  await page.screenshot({ path: test.info().outputPath('completed.png'), fullPage: true });

  // 4. The receipt, read back with pdftotext.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: tr('intake.completed.receipt') }).click();
  const download = await downloading;
  const receiptPath = test.info().outputPath('receipt.pdf');
  await download.saveAs(receiptPath);
  // Poppler guesses word gaps in Arabic runs from glyph positions and drops tatweel: compare without either.
  const text = pdfText(receiptPath);
  const bare = (s: string) => s.normalize('NFKC').replace(/[\s\u0640]+/g, '');
  expect(text).toContain(requestNumber);
  for (const value of [formatHijri(due, 'ar'), formatGregorian(due, 'ar'), FOOD_BASKET.unit, 'إيصال استلام طلب خدمة']) expect(bare(text)).toContain(bare(value));

  // 5. Referral waits for the declaration; the beneficiary signs it on the pad; referral to the type's unit (the default).
  await page.getByRole('button', { name: tr('intake.completed.refer') }).click();
  await expect(page.getByRole('alert').filter({ hasText: tr('errors.transition.not-signed') })).toBeVisible();
  await signOnPad(page);
  await page.getByRole('button', { name: tr('intake.completed.refer') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.referred'));
  const requestUrl = page.url();

  // 6. A follow-up officer of that unit opens it from the queue, studies it and decides.
  await addOfficer(page, OFFICER, FOOD_BASKET.unit);
  await signOut(page);
  await signIn(page, OFFICER.name, OFFICER.password);
  await expectHome(page, OFFICER.name);
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.requests') }).click();
  await expect(page.getByRole('heading', { name: tr('requests.queue', { unit: FOOD_BASKET.unit }) })).toBeVisible();
  await page.getByRole('button', { name: tr('requests.open', { number: requestNumber }) }).first().click();
  await page.getByRole('button', { name: tr('intake.view.openStudy') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.under-study'));
  await page.getByRole('radio', { name: tr('intake.decision.approved') }).check();
  await page.getByRole('textbox', { name: tr('intake.view.reason') }).fill('الأسرة مستحقة وفق البحث الاجتماعي');
  await page.getByRole('button', { name: tr('intake.view.submitDecision') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.approved'));
  // The officer does not inform: that is the receptionist's or liaison officer's move.
  await expect(page.getByRole('button', { name: tr('intake.notice.sent') })).toHaveCount(0);

  // 7. Back at the desk: the prepared notice for the agreed channel, "I sent it", close.
  await signOut(page);
  await signIn(page, ADMIN.name, ADMIN.password);
  await expectHome(page, ADMIN.name);
  // Management opens the short rating after a service (policy 3.8): one question, asked at the desk.
  await buildRatingQuestionnaire(page, RATING.title, RATING.question);
  await openAfterServiceCampaign(page, RATING.campaign, RATING.title);
  await page.goto(requestUrl);
  // Not offered before the beneficiary is told the outcome.
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.approved'));
  await expect(page.getByTestId('service-rating')).toHaveCount(0);
  const message = page.getByTestId('notice-message');
  await expect(message).toContainText(requestNumber);
  await expect(message).toContainText('نفيدكم بالموافقة');
  await page.screenshot({ path: test.info().outputPath('notice.png'), fullPage: true });
  await page.getByRole('button', { name: tr('intake.notice.sent') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.informed'));
  // Informed: the rating is offered once, answered, and not offered again (not even once closed).
  const rating = page.getByTestId('service-rating');
  await choose(page, rating, RATING.question, '4');
  await rating.getByRole('button', { name: tr('surveys.rating.save') }).click();
  await expect(page.getByTestId('service-rated')).toHaveText(tr('surveys.rating.done'));
  await expect(rating).toHaveCount(0);
  await page.getByRole('button', { name: tr('intake.view.close') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.closed'));
  await expect(page.getByTestId('service-rated')).toBeVisible();
  await expect(rating).toHaveCount(0);
  const history = page.getByTestId('request-history');
  // Completion, signing, referral, study, decision, informing, closing: the signing is a step of its own.
  await expect(history.getByRole('row')).toHaveCount(1 + 7);
  await expect(history.getByRole('row').nth(2)).toContainText(tr('intake.status.signed'));
  await expect(history).toContainText(OFFICER.name);

  // 8. The timeline on the file: created, every move, and the notice as a contact.
  await page.goto(fileUrl);
  const timeline = page.getByTestId('timeline');
  await expect(timeline.getByTestId('timeline-item')).toHaveCount(1 + 7 + 1);
  await expect(timeline).toContainText(tr('intake.timeline.created', { number: requestNumber }));
  await expect(timeline).toContainText(tr('intake.contact.outbound'));
  await expect(timeline).toContainText('الأسرة مستحقة وفق البحث الاجتماعي');
  await page.screenshot({ path: test.info().outputPath('timeline.png'), fullPage: true });

  // 9. The rating is in the campaign's results: one answer, too few to report on its own.
  await openSurveys(page);
  await page.getByRole('link', { name: tr('surveys.results.title') }).click();
  await pick(page, tr('surveys.results.campaign'), RATING.campaign);
  const row = page.getByTestId('index-table').getByRole('row').nth(1);
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');
  await expect(row).toContainText(tr('surveys.results.tooFew'));
});
