/**
 * The requirements sheet handed to a beneficiary (policy 3.2e, 3.3b): what a request type asks
 * for, who is eligible, how long the reply takes, and where to ask. Built from a plain snapshot
 * of the type at its version, so a sheet printed today matches the checklist the desk uses.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontMetrics } from '../../pdf/measure';
import type { RequestType, RequirementKind } from '../request-type';
import {
  documentHeading,
  intakeDocument,
  labelValueTable,
  listTable,
  paragraphs,
  replyPromise,
  sectionTitle,
  type DualDate,
  type LabelValue,
} from './document-parts';

export type RequirementsSheetInput = {
  associationName: string;
  /** The type at the version the sheet describes. */
  requestType: Pick<RequestType, 'nameAr' | 'version' | 'requirements'>;
  /** The type's eligibility criteria (catalog `eligibilityAr`); a line break starts a paragraph. */
  eligibility: string;
  /** Where beneficiaries ask questions: e.g. { label: 'الهاتف', value: '+966112345678' }. */
  inquiryChannels: readonly LabelValue[];
  printedAt: DualDate;
  /** Policy 3.3(f): 15. */
  replyWorkingDays: number;
};

export const REQUIREMENT_KIND_LABELS: Readonly<Record<RequirementKind, string>> = {
  document: 'مستند',
  field: 'بيان',
};
export const REQUIRED_LABEL = 'إلزامي';
export const OPTIONAL_LABEL = 'اختياري';

export const SHEET_TEXT = {
  title: 'قائمة متطلبات طلب الخدمة',
  eligibility: 'شروط الاستحقاق',
  requirements: 'المتطلبات',
  completeness: 'لا يُعدّ الطلب مكتملًا إلا بعد تقديم جميع المتطلبات الإلزامية، ويُستلم الطلب مكتملًا.',
  reply: 'مدة الرد',
  inquiries: 'للاستفسار',
} as const;

/** The pdfmake definition of the sheet; `metrics` measure the font pdfmake embeds. */
export function buildRequirementsSheet(input: RequirementsSheetInput, metrics: FontMetrics): TDocumentDefinitions {
  const { requestType } = input;
  const facts: LabelValue[] = [
    { label: 'نوع الطلب', value: requestType.nameAr },
    { label: 'إصدار القائمة', value: String(requestType.version) },
    { label: 'تاريخ الطباعة هجريًا', value: input.printedAt.hijri },
    { label: 'تاريخ الطباعة ميلاديًا', value: input.printedAt.gregorian },
  ];
  const rows = requestType.requirements.map((requirement, index) => [
    String(index + 1),
    requirement.labelAr,
    REQUIREMENT_KIND_LABELS[requirement.kind],
    requirement.required ? REQUIRED_LABEL : OPTIONAL_LABEL,
  ]);
  const content: Content[] = [
    ...documentHeading(input.associationName, SHEET_TEXT.title, metrics),
    labelValueTable(facts, metrics),
    sectionTitle(SHEET_TEXT.eligibility, metrics),
    ...paragraphs(input.eligibility, metrics),
    sectionTitle(SHEET_TEXT.requirements, metrics),
    listTable(
      [
        { header: 'م', width: 22 },
        { header: 'المتطلب', width: 0 },
        { header: 'النوع', width: 50 },
        { header: 'الحالة', width: 55 },
      ],
      1,
      rows,
      metrics,
    ),
    ...paragraphs(SHEET_TEXT.completeness, metrics, [0, 6, 0, 0]),
    sectionTitle(SHEET_TEXT.reply, metrics),
    ...paragraphs(replyPromise(input.replyWorkingDays), metrics),
    sectionTitle(SHEET_TEXT.inquiries, metrics),
    labelValueTable(input.inquiryChannels, metrics),
  ];
  return intakeDocument({ title: `${SHEET_TEXT.title} — ${requestType.nameAr}`, associationName: input.associationName, content, metrics });
}
