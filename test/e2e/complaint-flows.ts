/**
 * The public complaint page (policy 3.5a) as a complainant uses it: a phone-sized browser, no script on
 * the page, a plain form post to the sync server. For the cases e2e: submit, then hand the number to a
 * desk; the page also shows the status given the number and check code.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { FORM_MIN_FILL_MS } from '../../server/complaints/form-token';

export const PHONE_VIEWPORT = { width: 360, height: 740 };

export type PublicComplaint = {
  kind?: 'complaint' | 'inquiry' | 'suggestion' | 'technical-support';
  description: string;
  name?: string;
  mobile?: string;
  email?: string;
  nationalId?: string;
  channel?: 'voice-call' | 'sms' | 'whatsapp' | 'email';
  attachment?: { name: string; mimeType: string; buffer: Buffer };
};

/** Nothing sticks out sideways at 360 px (no horizontal scrolling on a phone). */
export async function expectFitsPhone(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal overflow at a phone width').toBeLessThanOrEqual(0);
}

/** Opens `${syncUrl}/complaint` at a phone viewport, fills it as a person would, sends it; returns the receipt. */
export async function submitPublicComplaint(page: Page, syncUrl: string, complaint: PublicComplaint, lang: 'ar' | 'en' = 'ar'): Promise<{ caseNumber: string; checkCode: string }> {
  await page.setViewportSize(PHONE_VIEWPORT);
  await page.goto(`${syncUrl}/complaint${lang === 'en' ? '?lang=en' : ''}`);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  await expectFitsPhone(page);
  await page.locator(`#kind-${complaint.kind ?? 'complaint'}`).check();
  await page.locator('#description').fill(complaint.description);
  if (complaint.name) await page.locator('#name').fill(complaint.name);
  if (complaint.mobile) await page.locator('#mobile').fill(complaint.mobile);
  if (complaint.email) await page.locator('#email').fill(complaint.email);
  if (complaint.nationalId) await page.locator('#nationalId').fill(complaint.nationalId);
  await page.locator(`#channel-${complaint.channel ?? 'voice-call'}`).check();
  if (complaint.attachment) await page.locator('#attachment').setInputFiles(complaint.attachment);
  // The server refuses a form sent faster than a person fills it (server/complaints/form-token.ts): a real clock here.
  await page.waitForTimeout(FORM_MIN_FILL_MS + 300);
  await page.locator('button[type="submit"]').click();
  await expect(page.locator('#case-number')).toBeVisible();
  await expectFitsPhone(page);
  return {
    caseNumber: (await page.locator('#case-number').textContent())?.trim() ?? '',
    checkCode: (await page.locator('#check-code').textContent())?.trim() ?? '',
  };
}

/** The status line the public page shows for a number and check code. */
export async function publicCaseStatus(page: Page, syncUrl: string, caseNumber: string, checkCode: string): Promise<string> {
  await page.goto(`${syncUrl}/complaint/status`);
  await page.locator('#number').fill(caseNumber);
  await page.locator('#code').fill(checkCode);
  await page.locator('button[type="submit"]').click();
  return (await page.locator('dl.status dd').first().textContent())?.trim() ?? '';
}
