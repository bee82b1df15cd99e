/**
 * The papers a beneficiary keeps (PDPL Art. 12: the notice is given to the person; policy 3.6a: the
 * image consent is recorded): the privacy notice of the version they consented to, and a consent to
 * use their photo, story or work. Pure, laid out right to left by shared/pdf with the intake
 * documents' frame; every date and label arrives formatted, so a snapshot always gives the same PDF.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isolateLtr } from '../pdf/bidi-controls';
import type { FontMetrics } from '../pdf/measure';
import type { ConsentMethod, ImageUse } from '../db/schemas/beneficiary.schema';
import type { ImageConsentStatus } from './image-consent';
import { documentHeading, intakeDocument, labelValueTable, paragraphs, sectionTitle, type DualDate, type LabelValue } from '../intake/pdf/document-parts';

export type NoticePdfInput = {
  associationName: string;
  version: number;
  titleAr: string;
  textAr: string;
  /** The English text, printed after the Arabic (the Arabic is authoritative); '' to leave it out. */
  textEn: string;
  publishedAt: DualDate;
  printedAt: DualDate;
  /** Whose copy it is, when printed from a file: name, file number, how and when they consented. */
  holder: { name: string; fileNumber: string; method: string; givenAt: string } | null;
};

export const CONSENT_PDF_TEXT = {
  version: 'رقم الإصدار',
  published: 'تاريخ الإصدار',
  printed: 'تاريخ الطباعة',
  holder: 'نسخة المستفيد',
  name: 'الاسم',
  fileNumber: 'رقم الملف',
  method: 'طريقة الموافقة',
  givenAt: 'تاريخ الموافقة',
  english: 'النص الإنجليزي (للاطلاع، والنص العربي هو المعتمد)',
  imageTitle: 'موافقة على استخدام الصورة أو القصة أو العمل',
  uses: 'ما تشمله الموافقة',
  what: 'الموضوع',
  where: 'مكان الاستخدام',
  until: 'سارية حتى',
  status: 'الحالة',
  imageRights: 'يحق للمستفيد سحب هذه الموافقة في أي وقت، فتتوقف الجمعية عن أي استخدام جديد لما تشمله.',
  signature: 'توقيع المستفيد: ............................    توقيع الموظف: ............................',
} as const;

/** The Arabic words the papers print (the papers are Arabic: the authoritative language). */
export const METHOD_WORDS: Record<ConsentMethod, string> = { 'in-person': 'حضوريًا', phone: 'هاتفيًا', paper: 'نموذج ورقي موقّع' };
export const USE_WORDS: Record<ImageUse, string> = { photo: 'صورة', story: 'قصة', work: 'عمل' };
export const STATUS_WORDS: Record<ImageConsentStatus, string> = { 'in-force': 'سارية', expired: 'منتهية', withdrawn: 'مسحوبة', 'not-yet': 'لم تبدأ' };

function holderRows(holder: NonNullable<NoticePdfInput['holder']>): LabelValue[] {
  return [
    { label: CONSENT_PDF_TEXT.name, value: holder.name },
    { label: CONSENT_PDF_TEXT.fileNumber, value: holder.fileNumber, ltr: true },
    { label: CONSENT_PDF_TEXT.method, value: holder.method },
    { label: CONSENT_PDF_TEXT.givenAt, value: holder.givenAt },
  ];
}

export function buildNoticePdf(input: NoticePdfInput, metrics: FontMetrics): TDocumentDefinitions {
  const english: Content[] = input.textEn.trim() === '' ? [] : [sectionTitle(CONSENT_PDF_TEXT.english, metrics), ...paragraphs(input.textEn.split('\n').map((line) => (line.trim() === '' ? '' : isolateLtr(line.trim()))).join('\n'), metrics)];
  const content: Content[] = [
    ...documentHeading(input.associationName, input.titleAr, metrics),
    labelValueTable(
      [
        { label: CONSENT_PDF_TEXT.version, value: String(input.version) },
        { label: CONSENT_PDF_TEXT.published, value: `${input.publishedAt.hijri} — ${input.publishedAt.gregorian}` },
        { label: CONSENT_PDF_TEXT.printed, value: `${input.printedAt.hijri} — ${input.printedAt.gregorian}` },
      ],
      metrics,
    ),
    ...(input.holder ? [sectionTitle(CONSENT_PDF_TEXT.holder, metrics), labelValueTable(holderRows(input.holder), metrics)] : []),
    sectionTitle(input.titleAr, metrics),
    ...paragraphs(input.textAr, metrics),
    ...english,
  ];
  return intakeDocument({ title: input.titleAr, associationName: input.associationName, content, metrics });
}

export type ImageConsentPdfInput = {
  associationName: string;
  printedAt: DualDate;
  name: string;
  fileNumber: string;
  /** Already translated, e.g. "صورة، قصة". */
  uses: string;
  what: string;
  where: string;
  until: string;
  method: string;
  givenAt: string;
  /** "سارية" / "مسحوبة في ..." / "منتهية". */
  status: string;
};

export function buildImageConsentPdf(input: ImageConsentPdfInput, metrics: FontMetrics): TDocumentDefinitions {
  const content: Content[] = [
    ...documentHeading(input.associationName, CONSENT_PDF_TEXT.imageTitle, metrics),
    labelValueTable(
      [
        { label: CONSENT_PDF_TEXT.name, value: input.name },
        { label: CONSENT_PDF_TEXT.fileNumber, value: input.fileNumber, ltr: true },
        { label: CONSENT_PDF_TEXT.uses, value: input.uses },
        { label: CONSENT_PDF_TEXT.what, value: input.what },
        { label: CONSENT_PDF_TEXT.where, value: input.where },
        { label: CONSENT_PDF_TEXT.until, value: input.until },
        { label: CONSENT_PDF_TEXT.method, value: input.method },
        { label: CONSENT_PDF_TEXT.givenAt, value: input.givenAt },
        { label: CONSENT_PDF_TEXT.status, value: input.status },
        { label: CONSENT_PDF_TEXT.printed, value: `${input.printedAt.hijri} — ${input.printedAt.gregorian}` },
      ],
      metrics,
    ),
    ...paragraphs(CONSENT_PDF_TEXT.imageRights, metrics, [0, 8, 0, 3]),
    ...paragraphs(CONSENT_PDF_TEXT.signature, metrics, [0, 24, 0, 3]),
  ];
  return intakeDocument({ title: CONSENT_PDF_TEXT.imageTitle, associationName: input.associationName, content, metrics });
}
