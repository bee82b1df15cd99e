/**
 * The printable sign-off list (Art. 4): per policy document, who signed which version and when,
 * and who has not. Pure, laid out right to left by shared/pdf with the intake documents' frame;
 * every date arrives formatted, so the same snapshot always gives the same PDF.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontMetrics } from '../pdf/measure';
import { documentHeading, intakeDocument, labelValueTable, listTable, paragraphs, sectionTitle, type DualDate } from '../intake/pdf/document-parts';

export type SignOffPdfDocument = {
  title: string;
  currentVersion: number;
  requiredVersion: number;
  hash: string;
  signed: ReadonlyArray<{ name: string; version: number; at: string }>;
  unsigned: ReadonlyArray<{ name: string; lastSigned: string }>;
};

export type SignOffPdfInput = { associationName: string; printedAt: DualDate; documents: readonly SignOffPdfDocument[] };

export const SIGN_OFF_TEXT = {
  title: 'كشف الإقرار بالاطلاع على السياسات',
  signed: 'وقّعوا',
  unsigned: 'لم يوقّعوا',
  none: 'لا أحد.',
  never: 'لم يوقّع من قبل',
} as const;

function documentSection(doc: SignOffPdfDocument, metrics: FontMetrics): Content[] {
  const signedRows = doc.signed.map((s, i) => [String(i + 1), s.name, String(s.version), s.at]);
  const unsignedRows = doc.unsigned.map((u, i) => [String(i + 1), u.name, u.lastSigned || SIGN_OFF_TEXT.never]);
  return [
    sectionTitle(doc.title, metrics),
    labelValueTable(
      [
        { label: 'الإصدار الحالي', value: String(doc.currentVersion) },
        { label: 'آخر تغيير جوهري', value: String(doc.requiredVersion) },
        { label: 'بصمة النص', value: doc.hash.slice(0, 16) },
        { label: 'عدد الموقعين', value: `${doc.signed.length} / ${doc.signed.length + doc.unsigned.length}` },
      ],
      metrics,
    ),
    sectionTitle(`${SIGN_OFF_TEXT.signed} (${doc.signed.length})`, metrics),
    signedRows.length === 0
      ? paragraphs(SIGN_OFF_TEXT.none, metrics)
      : listTable([{ header: 'م', width: 22 }, { header: 'الاسم', width: 0 }, { header: 'الإصدار', width: 45 }, { header: 'تاريخ التوقيع', width: 150 }], 1, signedRows, metrics),
    sectionTitle(`${SIGN_OFF_TEXT.unsigned} (${doc.unsigned.length})`, metrics),
    unsignedRows.length === 0
      ? paragraphs(SIGN_OFF_TEXT.none, metrics)
      : listTable([{ header: 'م', width: 22 }, { header: 'الاسم', width: 0 }, { header: 'آخر توقيع سابق', width: 190 }], 1, unsignedRows, metrics),
  ].flat();
}

export function buildSignOffList(input: SignOffPdfInput, metrics: FontMetrics): TDocumentDefinitions {
  const content: Content[] = [
    ...documentHeading(input.associationName, SIGN_OFF_TEXT.title, metrics),
    labelValueTable(
      [
        { label: 'تاريخ الطباعة هجريًا', value: input.printedAt.hijri },
        { label: 'تاريخ الطباعة ميلاديًا', value: input.printedAt.gregorian },
      ],
      metrics,
    ),
    ...input.documents.flatMap((doc) => documentSection(doc, metrics)),
  ];
  return intakeDocument({ title: SIGN_OFF_TEXT.title, associationName: input.associationName, content, metrics });
}
