/**
 * Lines that mix Arabic (with tashkeel) with Latin, both digit sets and punctuation: the hard
 * cases of reading a PDF line back in logical order. The reader-order model
 * (pdf-reader-order.test.ts) and the real pdftotext (pdf-reader-text.test.ts) read the same ones.
 */
export const MIXED_LINES = [
  'عبدُ اللّهِ بن محمّدٍ الشَّهريّ',
  'التاريخ (هجري)',
  'الرياض، النسيم',
  '٢٥ جمادى الآخرة ١٤٤٧ هـ',
  'صفحة 1 من 1',
  'تقدّم John Smith (جون) بطلب رقم 2025-00417، ونسبة الاكتمال 85%.',
] as const;
