/**
 * The committee minute as a pdfmake document (policy 3.4a): Arabic, laid out by shared/pdf like the
 * declaration (shaped, ordered, read back by pdftotext): the minute's facts, the members present, each
 * required member's decision with its date (and reason), the content hash and the verification code
 * (`<minute number>-<first 12 hex of the hash>`, typed on the verification screen). Pure.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { rtlTable, rtlText, tableOuterWidth } from '../pdf/content';
import { ARABIC_FONT_FAMILY } from '../pdf/fonts';
import type { FontMetrics } from '../pdf/measure';
import { CONTENT_WIDTH, PAGE_MARGIN } from '../pdf/sample-document';
import { FONT_SIZE, fieldTable, heading, valueText, type PartContext } from '../declaration/document-parts';
import { pageLabel, type Bilingual } from '../declaration/document-text';
import { isolateLtr } from '../pdf/bidi-controls';

export const SHORT_MINUTE_HASH = 12;
export const minuteCode = (minuteNumber: string, hash: string): string => `${minuteNumber}-${hash.slice(0, SHORT_MINUTE_HASH)}`;

export interface MinuteDocumentInput {
  associationName: string;
  minuteNumber: string;
  caseNumber: string;
  version: number;
  date: string;
  present: string[];
  harm: string;
  size: string;
  causes: string;
  decision: string;
  /** e.g. '1,500.00 ر.س' (formatted by the caller) */
  amount: string;
  /** one per required member: name, 'موافقة' / 'اعتراض' / 'لم يقرر بعد', its date, the reason */
  decisions: { name: string; decision: string; at: string; reason: string }[];
  /** 'معتمد' / 'معترض عليه' / 'بانتظار الاعتماد' */
  state: string;
  hash: string;
}

const ar = (text: string): Bilingual => ({ ar: text, en: '' });

function decisionsTable(rows: MinuteDocumentInput['decisions'], context: PartContext) {
  const widths = [130, 70, 110];
  const reasonWidth = CONTENT_WIDTH - tableOuterWidth([...widths, 0].map((width) => ({ width })));
  const cell = (text: string, width: number) => rtlText(valueText(text), { width, fontSize: FONT_SIZE, metrics: context.metrics });
  return rtlTable({
    columns: [
      { header: 'العضو', width: widths[0] as number },
      { header: 'القرار', width: widths[1] as number },
      { header: 'التاريخ', width: widths[2] as number },
      { header: 'السبب', width: reasonWidth },
    ],
    rows: rows.map((row) => [cell(row.name, widths[0] as number), cell(row.decision, widths[1] as number), cell(row.at, widths[2] as number), cell(row.reason, reasonWidth)]),
    fontSize: FONT_SIZE,
    metrics: context.metrics,
    headerFill: '#eeeeee',
    margin: [0, 4, 0, 0],
  });
}

export function buildMinuteDocument(input: MinuteDocumentInput, metrics: FontMetrics): TDocumentDefinitions {
  const context: PartContext = { metrics, bilingual: false };
  const code = minuteCode(input.minuteNumber, input.hash);
  const facts: [Bilingual, string][] = [
    [ar('رقم المحضر'), valueText(input.minuteNumber)],
    [ar('رقم قضية التعويض'), valueText(input.caseNumber)],
    [ar('الإصدار'), valueText(String(input.version))],
    [ar('تاريخ المحضر'), valueText(input.date)],
    [ar('الأعضاء الحاضرون'), input.present.join('، ')],
    [ar('الضرر'), input.harm],
    [ar('حجم الضرر'), valueText(input.size)],
    [ar('الأسباب'), input.causes],
    [ar('القرار'), input.decision],
    [ar('مبلغ التعويض'), valueText(input.amount)],
    [ar('حالة الاعتماد'), input.state],
  ];
  return {
    pageSize: 'A4',
    pageMargins: [PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN + 10],
    defaultStyle: { font: ARABIC_FONT_FAMILY, fontSize: FONT_SIZE },
    info: { title: `محضر لجنة التحقيق والمتابعة ${input.minuteNumber}`, creator: 'Wasl', producer: 'Wasl' },
    content: [
      rtlText(input.associationName, { width: CONTENT_WIDTH, fontSize: FONT_SIZE + 5, bold: true, metrics }),
      rtlText('محضر لجنة التحقيق والمتابعة', { width: CONTENT_WIDTH, fontSize: FONT_SIZE + 6, bold: true, metrics, align: 'center', margin: [0, 4, 0, 6] }),
      fieldTable(facts, context),
      heading(ar('قرارات الأعضاء'), context),
      decisionsTable(input.decisions, context),
      heading(ar('التحقق'), context),
      fieldTable([[ar('بصمة المحتوى'), isolateLtr(input.hash)], [ar('رمز التحقق'), isolateLtr(code)]], context),
    ],
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { width: CONTENT_WIDTH / 2, stack: [rtlText(code, { width: CONTENT_WIDTH / 2, fontSize: FONT_SIZE - 2, metrics, direction: 'ltr' })] },
        { width: CONTENT_WIDTH / 2, stack: [rtlText(pageLabel(currentPage, pageCount).ar, { width: CONTENT_WIDTH / 2, fontSize: FONT_SIZE - 2, metrics })] },
      ],
      margin: [PAGE_MARGIN, 16, PAGE_MARGIN, 0],
    }),
  };
}
