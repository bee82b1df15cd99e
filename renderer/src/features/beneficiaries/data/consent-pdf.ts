/**
 * The consent papers a beneficiary keeps, from the desk's state, built in the PDF worker: the privacy
 * notice of a version (PDPL Art. 12), with whose copy it is when printed from a file, and an image
 * consent (policy 3.6a). Dates arrive formatted in Arabic, both calendars where the paper shows a day.
 */
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { consentInForceAt } from '@shared/consent/consent-log';
import { METHOD_WORDS, STATUS_WORDS, USE_WORDS } from '@shared/consent/consent-pdf';
import { imageConsentStatus } from '@shared/consent/image-consent';
import type { NoticeVersion } from '@shared/consent/privacy-notice';
import type { BeneficiaryDoc, ImageConsent } from '@shared/db/schemas/beneficiary.schema';
import type { PdfFile } from '@renderer/components/pdf-download-button';
import { renderPdf } from '@renderer/pdf/render-pdf';

const dual = (iso: string) => {
  const day = riyadhDateOf(Date.parse(iso));
  return { hijri: formatHijri(day, 'ar'), gregorian: formatGregorian(day, 'ar') };
};
const dayOf = (iso: string): string => formatGregorian(riyadhDateOf(Date.parse(iso)), 'ar');

export async function noticePdf(associationName: string, notice: NoticeVersion, file: BeneficiaryDoc | null, now: Date = new Date()): Promise<PdfFile> {
  const given = file ? consentInForceAt(file, now.toISOString()).given : null;
  const holder = file && given ? { name: file.fullName, fileNumber: file.fileNumber, method: METHOD_WORDS[given.method], givenAt: dayOf(given.at) } : null;
  const blob = await renderPdf('privacy-notice', {
    associationName,
    version: notice.version,
    titleAr: notice.titleAr,
    textAr: notice.textAr,
    textEn: notice.textEn,
    publishedAt: dual(notice.publishedAt),
    printedAt: dual(now.toISOString()),
    holder,
  });
  return { blob, fileName: `privacy-notice-v${notice.version}${file ? `-${file.fileNumber}` : ''}.pdf` };
}

export async function imageConsentPdf(associationName: string, file: BeneficiaryDoc, consent: ImageConsent, now: Date = new Date()): Promise<PdfFile> {
  const blob = await renderPdf('image-consent', {
    associationName,
    printedAt: dual(now.toISOString()),
    name: file.fullName,
    fileNumber: file.fileNumber,
    uses: consent.uses.map((use) => USE_WORDS[use]).join('، '),
    what: consent.what,
    where: consent.where,
    until: formatGregorian(consent.until, 'ar'),
    method: METHOD_WORDS[consent.method],
    givenAt: dayOf(consent.givenAt),
    status: STATUS_WORDS[imageConsentStatus(consent, now.toISOString())],
  });
  return { blob, fileName: `image-consent-${file.fileNumber}.pdf` };
}
