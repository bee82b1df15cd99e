/**
 * The receipt handed to a beneficiary when a request becomes complete (policy 3.3e–f):
 * the request number, the due date in both calendars, the unit that studies it and the channel
 * through which the answer will come. Built from a plain snapshot; dates arrive formatted.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontMetrics } from '../../pdf/measure';
import type { RequirementKind } from '../request-type';
import {
  documentHeading,
  displayValue,
  intakeDocument,
  labelValueTable,
  listTable,
  paragraphs,
  replyPromise,
  sectionTitle,
  type DualDate,
  type LabelValue,
} from './document-parts';
import { REQUIREMENT_KIND_LABELS } from './requirements-sheet';

export type ReceiptRequirement = { labelAr: string; kind: RequirementKind; provided: boolean };

export type ReceiptInput = {
  associationName: string;
  deskName: string;
  requestNumber: string;
  beneficiary: { fullName: string; fileNumber: string };
  requestTypeName: string;
  completionDate: DualDate;
  dueDate: DualDate;
  /** The competent administrative unit (its Arabic label). */
  unitName: string;
  /** The agreed channel: catalog labels, and the address ('' when the sub-channel needs none). */
  channel: { channelLabel: string; subChannelLabel: string; address: string };
  /** The checklist of the request's type version, with what was handed in. */
  requirements: readonly ReceiptRequirement[];
  staffName: string;
  printedAt: DualDate;
  /** Policy 3.3(f): 15. */
  replyWorkingDays: number;
};

export const PROVIDED_LABEL = 'مُقدَّم';
export const NOT_PROVIDED_LABEL = 'لم يُقدَّم';

export const RECEIPT_TEXT = {
  title: 'إيصال استلام طلب خدمة',
  request: 'بيانات الطلب والتواصل المتفق عليه',
  submitted: 'المتطلبات المقدَّمة',
  next: 'ماذا بعد؟',
  keep: 'يُرجى الاحتفاظ بهذا الإيصال وذكر رقم الطلب عند أي استفسار.',
} as const;

/** What happens next, policy 3.3(e) and (f), with this request's unit, channel and due date. */
export function nextSteps(input: ReceiptInput): string {
  const via = input.channel.address === '' ? input.channel.subChannelLabel : `${input.channel.subChannelLabel} على ${displayValue(input.channel.address)}`;
  return [
    `يُعرض الطلب على ${input.unitName} للدراسة.`,
    `سيُبلَّغ المستفيد بالجديد عن طلبه عبر وسيلة التواصل المتفق عليها: ${via}.`,
    `${replyPromise(input.replyWorkingDays)} وموعد الرد في أجل أقصاه ${input.dueDate.hijri} الموافق ${displayValue(input.dueDate.gregorian)}.`,
    RECEIPT_TEXT.keep,
  ].join('\n');
}

/** The pdfmake definition of the receipt; `metrics` measure the font pdfmake embeds. */
export function buildReceipt(input: ReceiptInput, metrics: FontMetrics): TDocumentDefinitions {
  const facts: LabelValue[] = [
    { label: 'رقم الطلب', value: input.requestNumber, ltr: true },
    { label: 'اسم المستفيد', value: input.beneficiary.fullName },
    { label: 'رقم الملف', value: input.beneficiary.fileNumber, ltr: true },
    { label: 'نوع الطلب', value: input.requestTypeName },
    { label: 'تاريخ الاكتمال هجريًا', value: input.completionDate.hijri },
    { label: 'تاريخ الاكتمال ميلاديًا', value: input.completionDate.gregorian },
    { label: 'موعد الرد هجريًا', value: input.dueDate.hijri },
    { label: 'موعد الرد ميلاديًا', value: input.dueDate.gregorian },
    { label: 'الوحدة المختصة', value: input.unitName },
    { label: 'مكتب الاستقبال', value: input.deskName },
    { label: 'الموظف المستقبل', value: input.staffName },
    { label: 'قناة التواصل', value: input.channel.channelLabel },
    { label: 'وسيلة التواصل', value: input.channel.subChannelLabel },
  ];
  // A mobile or e-mail reads left to right as a unit; an Arabic postal address stays right to left.
  if (input.channel.address !== '') facts.push({ label: 'عنوان التواصل', value: input.channel.address });
  const rows = input.requirements.map((requirement, index) => [
    String(index + 1),
    requirement.labelAr,
    REQUIREMENT_KIND_LABELS[requirement.kind],
    requirement.provided ? PROVIDED_LABEL : NOT_PROVIDED_LABEL,
  ]);
  const content: Content[] = [
    ...documentHeading(input.associationName, RECEIPT_TEXT.title, metrics),
    sectionTitle(RECEIPT_TEXT.request, metrics),
    labelValueTable(facts, metrics),
    sectionTitle(RECEIPT_TEXT.submitted, metrics),
    listTable(
      [
        { header: 'م', width: 22 },
        { header: 'المتطلب', width: 0 },
        { header: 'النوع', width: 50 },
        { header: 'الحالة', width: 60 },
      ],
      1,
      rows,
      metrics,
    ),
    sectionTitle(RECEIPT_TEXT.next, metrics),
    ...paragraphs(nextSteps(input), metrics),
    ...paragraphs(`طُبع في ${input.printedAt.hijri} الموافق ${displayValue(input.printedAt.gregorian)}.`, metrics, [0, 10, 0, 0]),
  ];
  return intakeDocument({
    title: `${RECEIPT_TEXT.title} ${input.requestNumber}`,
    associationName: input.associationName,
    content,
    metrics,
  });
}
