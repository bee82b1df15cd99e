/**
 * The e-mail of a notice: Arabic subject (encoded by nodemailer's composer as RFC 2047 UTF-8
 * words), a right-to-left HTML part (dir="rtl", lang="ar": mail clients lay the paragraphs out
 * from the right) and the same text as a plain-text part for clients that show no HTML.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingNotice } from './send-outcome';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

export function noticeHtml(subject: string, text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return [
    '<!doctype html>',
    '<html dir="rtl" lang="ar">',
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body dir="rtl" style="direction: rtl; text-align: right; font-family: Tahoma, Arial, sans-serif; line-height: 1.7;">',
    paragraphs,
    '</body>',
    '</html>',
  ].join('\n');
}

/** The whole message as bytes (RFC 5322), with a Message-ID derived from the notice's id. */
export async function composeNoticeEmail(notice: OutgoingNotice, from: string): Promise<Buffer> {
  const domain = from.split('@')[1]?.replace(/[>\s]/g, '') || 'wasl.invalid';
  const composer = new MailComposer({
    from,
    to: notice.address,
    subject: notice.subject,
    text: notice.text,
    html: noticeHtml(notice.subject, notice.text),
    messageId: `<notice-${notice.id}@${domain}>`,
    headers: { 'Content-Language': 'ar', 'X-Wasl-Notice': notice.id },
  });
  return composer.compile().build();
}
