import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { publicPageLanguage, type PublicPageKey, type PublicPageLanguage } from '@shared/cases/public-page-text';
import { checkPublicSubmission, PUBLIC_TEXT_FIELDS } from '@shared/cases/public-submission';
import { cleanFileName } from '@shared/files/file-ref';
import { resolveFileType, SNIFF_BYTES } from '@shared/files/file-type';
import type { FormTokenKit } from './form-token';
import { complaintDonePage, complaintFormPage, HONEYPOT_FIELD } from './form-html';
import { messagePage, statusFormPage, statusResultPage } from './page-html';
import { canonicalWebCaseNumber, caseStatusView, PUBLIC_LIMITS, type WebAttachment } from './web-case-document';
import { createWebCase, findWebCase, type WebCaseDeps } from './web-case-store';

/** What the public complaint routes do with a posted form (complaint-routes.ts registers them). */
export type ComplaintDeps = WebCaseDeps & { onError: (error: unknown) => void; trustProxy: boolean };
export type PageContext = { deps: ComplaintDeps; tokens: () => Promise<FormTokenKit> };

export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

export function langOf(c: Context): PublicPageLanguage {
  return publicPageLanguage(c.req.query('lang'));
}

export function page(c: Context, status: 200 | 201 | 400 | 404 | 409 | 413 | 429 | 500, html: string) {
  return c.html(html, status);
}

type Posted = Record<string, string | File>;

async function readForm(c: Context): Promise<Posted | null> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (!type.startsWith('multipart/form-data') && !type.startsWith('application/x-www-form-urlencoded')) return null;
  try {
    return (await c.req.parseBody()) as Posted;
  } catch {
    return null;
  }
}

const textOf = (form: Posted, name: string): string => {
  const value = form[name];
  return typeof value === 'string' ? value : '';
};

/** The attachment as stored, or the message refusing it (policy 3.5a: image or PDF by its bytes, at most 5 MB). */
async function readAttachment(form: Posted): Promise<{ ok: true; value: WebAttachment | null } | { ok: false; problem: PublicPageKey }> {
  const file = form.attachment;
  if (!(file instanceof File) || file.size === 0) return { ok: true, value: null };
  if (file.size > ATTACHMENT_MAX_BYTES) return { ok: false, problem: 'error.attachment-size' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = resolveFileType(file.type, bytes.subarray(0, SNIFF_BYTES));
  if (!type) return { ok: false, problem: 'error.attachment-type' };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, value: { sha256, bytes, ref: { sha256, name: cleanFileName(file.name), type, size: bytes.byteLength } } };
}

export async function submitComplaint(c: Context, { deps, tokens }: PageContext): Promise<Response> {
  const lang = langOf(c);
  let kit: FormTokenKit;
  try {
    kit = await tokens();
  } catch (error) {
    deps.onError(error);
    return page(c, 500, messagePage(lang, 'error.failure', '/complaint'));
  }
  const form = await readForm(c);
  if (!form) return page(c, 400, messagePage(lang, 'error.refused', '/complaint'));
  // A person never sees the honeypot (CSS), a form-filling script fills it.
  if (textOf(form, HONEYPOT_FIELD) !== '') return page(c, 400, messagePage(lang, 'error.refused', '/complaint'));
  const values = Object.fromEntries(PUBLIC_TEXT_FIELDS.map((name) => [name, textOf(form, name)]));
  const again = (status: 400 | 409, token: string, problem: PublicPageKey | null, errors = {}) =>
    page(c, status, complaintFormPage(lang, { token, values, errors, problem, limits: PUBLIC_LIMITS }));

  const token = kit.check(textOf(form, 'token'));
  if (!token.ok && token.reason !== 'too-fast') return again(400, kit.issue(), 'error.expired');
  const checked = checkPublicSubmission(values, PUBLIC_LIMITS);
  if (!checked.ok) return again(400, textOf(form, 'token'), null, checked.error);
  // Same token back: once the minimum time has passed, sending again is accepted.
  if (!token.ok) return again(400, textOf(form, 'token'), 'error.too-fast');
  const attachment = await readAttachment(form);
  if (!attachment.ok) return again(400, textOf(form, 'token'), attachment.problem);

  try {
    const created = await createWebCase(deps, checked.value, token.nonce, attachment.value);
    if (created === 'already-sent') return page(c, 409, messagePage(lang, 'error.already-sent', '/complaint'));
    return page(c, 201, complaintDonePage(lang, created.caseNumber, created.checkCode));
  } catch (error) {
    deps.onError(error);
    return page(c, 500, messagePage(lang, 'error.failure', '/complaint'));
  }
}

/**
 * Number + check code → status and dates. An unknown number and a wrong code get the same bytes
 * (nothing in the answer depends on which it was, not even the typed number) and cost the same work.
 */
export async function lookUpStatus(c: Context, { deps }: PageContext): Promise<Response> {
  const lang = langOf(c);
  const form = (await readForm(c)) ?? {};
  const typed = textOf(form, 'number').slice(0, 40);
  const number = canonicalWebCaseNumber(typed) ?? typed;
  try {
    const doc = await findWebCase(deps.db, number, textOf(form, 'code').slice(0, 40));
    if (!doc) return page(c, 404, statusFormPage(lang, 'status.not-found'));
    return page(c, 200, statusResultPage(lang, caseStatusView(doc)));
  } catch (error) {
    deps.onError(error);
    return page(c, 500, messagePage(lang, 'error.failure', '/complaint/status'));
  }
}
