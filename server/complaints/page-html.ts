import { publicText, type PublicPageKey, type PublicPageLanguage } from '@shared/cases/public-page-text';

/**
 * The HTML frame of the public complaint pages: server-rendered, no script at all and no inline
 * style (the policy is `default-src 'none'` with the one stylesheet from 'self'), Arabic right to
 * left first, English on request, and a viewport meta so a 360 px phone shows it at its width.
 * Every value that came from a request goes through escapeHtml: the page shows what was typed,
 * never runs it.
 */
export const STYLESHEET_PATH = '/complaint/style.css';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** A page's own address in a language: Arabic is the default, so it carries no query. */
export function pathIn(lang: PublicPageLanguage, path: string): string {
  return lang === 'en' ? `${path}?lang=en` : path;
}

export type Translate = (key: PublicPageKey) => string;
export const translator = (lang: PublicPageLanguage): Translate => (key) => escapeHtml(publicText(lang, key));

export function layout(lang: PublicPageLanguage, path: string, title: PublicPageKey, body: string): string {
  const t = translator(lang);
  const other: PublicPageLanguage = lang === 'ar' ? 'en' : 'ar';
  return `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t(title)} · ${t('page.association')}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<header class="bar"><span class="org">${t('page.association')}</span><a class="lang" href="${pathIn(other, path)}" lang="${other}" hreflang="${other}">${t('page.other-language')}</a></header>
<main>
<h1>${t(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/** A page with one message and a way back (a refused, oversized or rate-limited submission). */
export function messagePage(lang: PublicPageLanguage, message: PublicPageKey, back: string): string {
  const t = translator(lang);
  return layout(lang, back, 'page.title', `<p class="alert" role="alert">${t(message)}</p>\n<p><a href="${pathIn(lang, back)}">${t('error.back')}</a></p>`);
}

export type CaseStatusView = { state: PublicPageKey; receivedAt: string; updatedAt: string; dueDate: string | null; closedAt: string | null };

export function statusFormPage(lang: PublicPageLanguage, problem: PublicPageKey | null): string {
  const t = translator(lang);
  const alert = problem ? `<p class="alert" role="alert">${t(problem)}</p>\n` : '';
  return layout(lang, '/complaint/status', 'status.title', `${alert}<p>${t('status.intro')}</p>
<form method="post" action="${pathIn(lang, '/complaint/status')}">
<label for="number">${t('status.number')}</label>
<input id="number" name="number" required maxlength="40" autocomplete="off" dir="ltr" inputmode="text">
<label for="code">${t('status.code')}</label>
<input id="code" name="code" required maxlength="40" autocomplete="off" dir="ltr">
<button type="submit">${t('status.submit')}</button>
</form>
<p><a href="${pathIn(lang, '/complaint')}">${t('status.new-form')}</a></p>`);
}

/** Status and dates only: never the description, the name or any contact (policy 3.5a, confidentiality). */
export function statusResultPage(lang: PublicPageLanguage, view: CaseStatusView): string {
  const t = translator(lang);
  const row = (label: PublicPageKey, value: string) => `<dt>${t(label)}</dt><dd dir="ltr">${escapeHtml(value)}</dd>`;
  const rows = [
    `<dt>${t('status.state')}</dt><dd>${t(view.state)}</dd>`,
    row('status.received-at', view.receivedAt),
    row('status.updated-at', view.updatedAt),
    view.dueDate ? row('status.due-date', view.dueDate) : '',
    view.closedAt ? row('status.closed-at', view.closedAt) : '',
  ].filter(Boolean);
  return layout(lang, '/complaint/status', 'status.title', `<dl class="status">\n${rows.join('\n')}\n</dl>
<p><a href="${pathIn(lang, '/complaint')}">${t('status.new-form')}</a></p>`);
}
