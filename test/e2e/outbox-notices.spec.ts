import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { withDevSyncServer } from './dev-sync-server';
import { tr } from './ar-strings';
import { signOnPad } from './declaration-flows';
import { FOOD_BASKET, completeFoodBasket, deskWithBeneficiary, startIntake } from './intake-flows';
import { startSmsStandIn, startSmtpStandIn, STATUS_SECRET, type SmsStandIn, type SmtpStandIn } from '../server/outbox-support';

/**
 * Notices that go out (policy 3.3e): on a referred request the desk queues an SMS and e-mails while
 * it has no server; once it syncs, the real server (server/main.ts) sends them to a real SMTP server
 * and an SMS gateway stand-in in this test process, and the desk's log shows sent, delivered (the
 * gateway's status callback) and failed with the mail server's reason.
 */
const SYNC_PORT = Number(process.env.WASL_E2E_OUTBOX_SYNC_PORT ?? 8873);
const SMTP_PORT = Number(process.env.WASL_E2E_SMTP_PORT ?? 8871);
const SMS_PORT = Number(process.env.WASL_E2E_SMS_PORT ?? 8872);
const DEV_TOKEN = 'e2e-outbox-token-0123';

const test = withDevSyncServer(SYNC_PORT, DEV_TOKEN, {
  SMTP_HOST: '127.0.0.1', SMTP_PORT: String(SMTP_PORT), SMTP_FROM: 'جمعية قادي <notices@kadi.example.org>',
  SMS_GATEWAY_URL: `http://127.0.0.1:${SMS_PORT}/send`, SMS_SENDER: 'KADI', SMS_STATUS_SECRET: STATUS_SECRET,
  SMS_STATUS_CALLBACK_URL: `http://127.0.0.1:${SYNC_PORT}/outbox/sms-status?secret=${STATUS_SECRET}`,
  OUTBOX_POLL_MS: '300',
});

/** No serious or critical WCAG 2 A/AA violation on the screen as it is (as accessibility.spec.ts checks). */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).options({ resultTypes: ['violations'] }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious, `serious or critical axe violations on ${screen}`).toEqual([]);
}

let smtp: SmtpStandIn;
let gateway: SmsStandIn;
test.beforeAll(async () => {
  smtp = await startSmtpStandIn({ port: SMTP_PORT, onRecipient: (address) => (address === 'nobody@example.org' ? [550, '5.1.1 User unknown'] : null) });
  gateway = await startSmsStandIn({ port: SMS_PORT, autoReport: 'DELIVRD' });
});
test.afterAll(async () => {
  await smtp?.close();
  await gateway?.close();
});

test('a referred request queues an SMS and e-mails offline; after sync the log shows them sent, delivered, and failed with the reason', async ({ page, syncServer }) => {
  test.setTimeout(240_000);
  await deskWithBeneficiary(page);
  await startIntake(page, FOOD_BASKET.name);
  await completeFoodBasket(page);
  await signOnPad(page);
  await page.getByRole('button', { name: tr('intake.completed.refer') }).click();
  await expect(page.getByTestId('request-status')).toHaveText(tr('intake.status.referred'));

  const panel = page.getByTestId('outbox-panel');
  const rows = panel.getByTestId('notice-row');
  const queue = async () => {
    await panel.getByTestId('outbox-queue').click();
    await expect(panel.getByText(tr('outbox.panel.queued'))).toBeVisible();
  };
  // SMS: the segments shown before queueing; urgent, so the quiet hours never hold this test.
  await panel.getByTestId('outbox-channel').getByText(tr('outbox.channels.sms'), { exact: true }).click();
  await expect(panel.getByTestId('sms-segments')).toContainText(tr('outbox.panel.encoding.ucs2'));
  await expect(panel.getByTestId('outbox-address')).toHaveValue(/055/);
  await panel.getByRole('checkbox', { name: tr('outbox.panel.urgent') }).check();
  await queue();

  // E-mail: a bad address is refused in words, nothing queued; then a good one and one the mail server refuses.
  await panel.getByTestId('outbox-channel').getByText(tr('outbox.channels.email'), { exact: true }).click();
  await panel.getByTestId('outbox-address').fill('fatima@');
  await panel.getByTestId('outbox-queue').click();
  await expect(panel.getByTestId('outbox-error')).toHaveText(tr('outbox.errors.email-invalid'));
  await expect(rows).toHaveCount(1);
  await panel.getByTestId('outbox-address').fill('fatima@example.org');
  await queue();
  await panel.getByTestId('outbox-address').fill('nobody@example.org');
  await queue();
  await expect(rows).toHaveCount(3);
  await expect(panel.getByTestId('notice-state')).toHaveText([tr('outbox.states.queued'), tr('outbox.states.queued'), tr('outbox.states.queued')]);
  // WhatsApp: a pre-filled wa.me link for the staff member's phone, no automation.
  await panel.getByTestId('outbox-channel').getByText(tr('outbox.channels.whatsapp'), { exact: true }).click();
  await expect(panel.getByTestId('whatsapp-link')).toHaveAttribute('href', /^https:\/\/wa\.me\/966551234567\?text=/);

  // The desk connects to the server: the notices go up, the server sends them, the outcomes come back.
  const requestUrl = page.url();
  await page.getByTestId('sync-indicator').click();
  await page.getByRole('textbox', { name: tr('sync.server.url') }).fill(syncServer);
  await page.getByLabel(tr('sync.server.token')).fill(DEV_TOKEN);
  await page.getByRole('button', { name: tr('sync.server.save') }).click();
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-phase', 'synced', { timeout: 30_000 });
  await page.goBack();
  expect(page.url()).toBe(requestUrl);

  const row = (address: RegExp) => rows.filter({ hasText: address });
  await expect(row(/055 123 4567/).getByTestId('notice-state')).toHaveText(tr('outbox.states.delivered'), { timeout: 60_000 });
  await expect(row(/fatima@example\.org/).getByTestId('notice-state')).toHaveText(tr('outbox.states.sent'), { timeout: 60_000 });
  const failed = row(/nobody@example\.org/);
  await expect(failed.getByTestId('notice-state')).toHaveText(tr('outbox.states.failed'), { timeout: 60_000 });
  await expect(failed.getByTestId('notice-reason')).toContainText('5.1.1 User unknown');
  await expect(panel.getByTestId('notice-attention')).toHaveText(tr('outbox.list.attention', { count: 1 }));
  await page.screenshot({ path: test.info().outputPath('notices.png'), fullPage: true });
  await expectAccessible(page, 'request with notices');

  // What went out: one SMS to the number, one Arabic e-mail; nothing twice.
  expect(gateway.accepted()).toHaveLength(1);
  expect(gateway.requests[0]?.body).toMatchObject({ to: '+966551234567', from: 'KADI' });
  expect(smtp.received.map((mail) => mail.envelopeTo[0])).toEqual(['fatima@example.org']);
  expect(smtp.received[0]?.parsed.subject).toContain('جمعية قادي');

  // The beneficiary's file lists the notices too, and records an opt-out of SMS, which the panel then refuses.
  await page.getByRole('link', { name: new RegExp(tr('intake.view.fileLink')) }).click();
  const consent = page.getByTestId('channel-consent');
  await consent.getByRole('button', { name: tr('outbox.consent.optOut') }).first().click();
  await expect(consent).toContainText(`${tr('outbox.channels.sms')}: ${tr('outbox.consent.optedOut')}`);
  await expect(page.getByTestId('notice-row')).toHaveCount(3);
  await expectAccessible(page, 'file with notices and consent');
  await page.goBack();
  await panel.getByTestId('outbox-channel').getByText(tr('outbox.channels.sms'), { exact: true }).click();
  await panel.getByTestId('outbox-queue').click();
  await expect(panel.getByTestId('outbox-error')).toHaveText(tr('outbox.errors.opted-out'));
});
