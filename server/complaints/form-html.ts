import { PUBLIC_CONTACT_CHANNELS, PUBLIC_KINDS, type PublicFieldErrors } from '@shared/cases/public-submission';
import type { PublicPageKey, PublicPageLanguage } from '@shared/cases/public-page-text';
import { escapeHtml, layout, pathIn, translator, type Translate } from './page-html';

/** The complaint form itself and the page that hands over the case number and check code. */
export const HONEYPOT_FIELD = 'website';

export type FormState = {
  token: string;
  values: Readonly<Record<string, string>>;
  errors: PublicFieldErrors;
  /** a problem with the whole form (too fast, expired, attachment) */
  problem: PublicPageKey | null;
  limits: { description: number; name: number; email: number };
};

function fieldError(t: Translate, errors: PublicFieldErrors, name: keyof PublicFieldErrors): { attrs: string; message: string } {
  const key = errors[name];
  if (!key) return { attrs: '', message: '' };
  return { attrs: ` aria-invalid="true" aria-describedby="${name}-error"`, message: `<p class="field-error" id="${name}-error">${t(key)}</p>` };
}

function choices(t: Translate, name: 'kind' | 'channel', options: readonly string[], chosen: string, errors: PublicFieldErrors, legend: PublicPageKey): string {
  const { message } = fieldError(t, errors, name);
  const prefix = name === 'kind' ? 'kind' : 'channel';
  const items = options.map((option) => {
    const id = `${name}-${option}`;
    const checked = option === chosen ? ' checked' : '';
    return `<label class="choice" for="${id}"><input type="radio" id="${id}" name="${name}" value="${option}" required${checked}> ${t(`${prefix}.${option}` as PublicPageKey)}</label>`;
  });
  return `<fieldset><legend>${t(legend)}</legend>\n${message}${items.join('\n')}\n</fieldset>`;
}

function textInput(t: Translate, state: FormState, name: 'name' | 'mobile' | 'email' | 'nationalId', label: PublicPageKey, extra: string, hint?: PublicPageKey): string {
  const { attrs, message } = fieldError(t, state.errors, name);
  const hintHtml = hint ? `<p class="hint" id="${name}-hint">${t(hint)}</p>` : '';
  const value = escapeHtml(state.values[name] ?? '');
  return `<label for="${name}">${t(label)}</label>${hintHtml}${message}
<input id="${name}" name="${name}" value="${value}"${extra}${attrs}>`;
}

export function complaintFormPage(lang: PublicPageLanguage, state: FormState): string {
  const t = translator(lang);
  const { errors, values, limits } = state;
  const summary = state.problem ?? (Object.keys(errors).length > 0 ? 'error.summary' : null);
  const alert = summary ? `<p class="alert" role="alert">${t(summary)}</p>\n` : '';
  const description = fieldError(t, errors, 'description');
  const body = `${alert}<p>${t('page.intro')}</p>
<p class="hint">${t('page.required-note')}</p>
<form method="post" action="${pathIn(lang, '/complaint')}" enctype="multipart/form-data">
<input type="hidden" name="token" value="${escapeHtml(state.token)}">
${choices(t, 'kind', PUBLIC_KINDS, values.kind ?? '', errors, 'field.kind')}
<label for="description">${t('field.description')}</label><p class="hint">${t('field.description.hint')}</p>${description.message}
<textarea id="description" name="description" rows="7" required maxlength="${limits.description}"${description.attrs}>${escapeHtml(values.description ?? '')}</textarea>
${textInput(t, state, 'name', 'field.name', ` maxlength="${limits.name}" autocomplete="name"`)}
${textInput(t, state, 'mobile', 'field.mobile', ' type="tel" maxlength="20" autocomplete="tel" dir="ltr"')}
${textInput(t, state, 'email', 'field.email', ` type="email" maxlength="${limits.email}" autocomplete="email" dir="ltr"`)}
${textInput(t, state, 'nationalId', 'field.national-id', ' inputmode="numeric" maxlength="20" autocomplete="off" dir="ltr" aria-describedby="nationalId-hint"', 'field.national-id.hint')}
${choices(t, 'channel', Object.keys(PUBLIC_CONTACT_CHANNELS), values.channel ?? '', errors, 'field.channel')}
<label for="attachment">${t('field.attachment')}</label><p class="hint" id="attachment-hint">${t('field.attachment.hint')}</p>
<input type="file" id="attachment" name="attachment" accept="image/jpeg,image/png,image/webp,image/heic,application/pdf" aria-describedby="attachment-hint">
<div class="trap" aria-hidden="true"><label for="${HONEYPOT_FIELD}">${t('field.honeypot')}</label>
<input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></div>
<button type="submit">${t('form.submit')}</button>
</form>
<p><a href="${pathIn(lang, '/complaint/status')}">${t('status.link')}</a></p>`;
  return layout(lang, '/complaint', 'page.title', body);
}

export function complaintDonePage(lang: PublicPageLanguage, caseNumber: string, checkCode: string): string {
  const t = translator(lang);
  return layout(lang, '/complaint', 'done.title', `<p>${t('done.intro')}</p>
<dl class="receipt">
<dt>${t('done.number')}</dt><dd dir="ltr" id="case-number">${escapeHtml(caseNumber)}</dd>
<dt>${t('done.code')}</dt><dd dir="ltr" id="check-code">${escapeHtml(checkCode)}</dd>
</dl>
<p class="hint">${t('done.code-note')}</p>
<p><a href="${pathIn(lang, '/complaint/status')}">${t('status.link')}</a></p>`);
}
