/** The printable sign-off list (Art. 4) from the desk's state, built in the PDF worker. */
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { DocumentSignOff } from '@shared/policy';
import type { SignOffPdfInput } from '@shared/policy/sign-off-pdf';
import { renderPdf } from '@renderer/pdf/render-pdf';
import type { PdfFile } from '@renderer/components/pdf-download-button';
import { formatPolicyDate } from './format-date';

export function signOffPdfInput(associationName: string, documents: readonly DocumentSignOff[], now: Date): SignOffPdfInput {
  const today = riyadhDateOf(now.getTime());
  return {
    associationName,
    printedAt: { hijri: formatHijri(today, 'ar'), gregorian: formatGregorian(today, 'ar') },
    documents: documents.map((doc) => ({
      title: doc.titleAr,
      currentVersion: doc.current.version,
      requiredVersion: doc.required.version,
      hash: doc.current.hash,
      signed: doc.signed.map((s) => ({ name: s.displayName, version: s.version, at: formatPolicyDate(s.at, 'ar') })),
      unsigned: doc.unsigned.map((u) => ({ name: u.displayName, lastSigned: u.lastSigned ? `${u.lastSigned.version} — ${formatPolicyDate(u.lastSigned.at, 'ar')}` : '' })),
    })),
  };
}

export async function signOffPdf(associationName: string, documents: readonly DocumentSignOff[], now: Date = new Date()): Promise<PdfFile> {
  const blob = await renderPdf('policy-sign-off', signOffPdfInput(associationName, documents, now));
  return { blob, fileName: `policy-sign-off-${riyadhDateOf(now.getTime())}.pdf` };
}
