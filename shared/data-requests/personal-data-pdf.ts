/**
 * The readable copy of a person's data (PDPL art. 4: access and a copy in a readable form): every
 * section of personal-data.ts, each document as label/value rows, laid out right to left by shared/pdf
 * with the intake documents' frame. Pure; dates arrive formatted, so one snapshot gives one PDF.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontMetrics } from '../pdf/measure';
import { documentHeading, intakeDocument, labelValueTable, paragraphs, sectionTitle, type DualDate } from '../intake/pdf/document-parts';
import { documentRows, PERSONAL_DATA_SECTIONS, type PersonalData, type PersonalDataSection } from './personal-data';

export const PERSONAL_DATA_TEXT = {
  title: 'نسخة من البيانات الشخصية لدى الجمعية',
  none: 'لا شيء.',
  sections: {
    file: 'الملف',
    requests: 'الطلبات',
    declarations: 'الإقرارات',
    interactions: 'سجل التواصل',
    cases: 'الشكاوى والقضايا',
    surveys: 'إجابات الاستبيانات',
    visits: 'الزيارات',
    audit: 'سجل الوصول والتعديل',
  } satisfies Record<PersonalDataSection, string>,
} as const;

export type PersonalDataPdfInput = {
  associationName: string;
  printedAt: DualDate;
  /** the data request's case number this copy answers */
  caseNumber: string;
  data: PersonalData;
};

function section(name: PersonalDataSection, input: PersonalDataPdfInput, metrics: FontMetrics): Content[] {
  const docs = input.data.sections[name];
  const title = sectionTitle(`${PERSONAL_DATA_TEXT.sections[name]} (${docs.length})`, metrics);
  if (docs.length === 0) return [title, paragraphs(PERSONAL_DATA_TEXT.none, metrics)].flat();
  return [title, ...docs.map((doc) => labelValueTable(documentRows(doc), metrics))].flat();
}

export function buildPersonalDataPdf(input: PersonalDataPdfInput, metrics: FontMetrics): TDocumentDefinitions {
  const content: Content[] = [
    ...documentHeading(input.associationName, PERSONAL_DATA_TEXT.title, metrics),
    labelValueTable(
      [
        { label: 'رقم الطلب', value: input.caseNumber },
        { label: 'تاريخ الإعداد هجريًا', value: input.printedAt.hijri },
        { label: 'تاريخ الإعداد ميلاديًا', value: input.printedAt.gregorian },
      ],
      metrics,
    ),
    ...PERSONAL_DATA_SECTIONS.flatMap((name) => section(name, input, metrics)),
  ];
  return intakeDocument({ title: PERSONAL_DATA_TEXT.title, associationName: input.associationName, content, metrics });
}
