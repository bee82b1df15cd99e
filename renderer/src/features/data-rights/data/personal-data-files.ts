/**
 * The two copies an access or copy request is answered with (PDPL art. 4: a copy in a readable form),
 * as files: the Arabic PDF (the PDF worker's kind 'personal-data', the intake documents' layout) and
 * the machine-readable JSON. Both are audited by personal-data-export.ts when produced.
 */
import { downloadObjectUrl } from '@renderer/bridge/browser-pdf-output';
import { renderPdf } from '@renderer/pdf/render-pdf';
import { formatGregorian, formatHijri } from '@shared/calendar/hijri';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { DataRightsDeps } from './data-request-write';
import { exportDepsOf } from './deps';
import { exportPersonalDataJson, personalDataPdfInput } from './personal-data-export';

const requestOf = (doc: CaseDoc) => ({ caseId: doc.id, caseNumber: doc.caseNumber, beneficiaryId: doc.beneficiaryId });

export async function personalDataPdf(deps: DataRightsDeps, doc: CaseDoc, associationName: string): Promise<{ blob: Blob; fileName: string }> {
  const today = riyadhDateOf(deps.now().getTime());
  const printedAt = { hijri: formatHijri(today, 'ar'), gregorian: formatGregorian(today, 'ar') };
  const input = await personalDataPdfInput(exportDepsOf(deps), requestOf(doc), associationName, printedAt);
  return { blob: await renderPdf('personal-data', input), fileName: `personal-data-${doc.caseNumber}.pdf` };
}

/** The JSON copy, downloaded (the desktop shell's session saves downloads like the PDFs). */
export async function downloadPersonalDataJson(deps: DataRightsDeps, doc: CaseDoc): Promise<void> {
  const json = await exportPersonalDataJson(exportDepsOf(deps), requestOf(doc));
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  downloadObjectUrl(url, `personal-data-${doc.caseNumber}.json`);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
