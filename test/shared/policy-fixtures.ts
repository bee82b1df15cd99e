/** Synthetic sign-off data (Art. 4) for the PDF tests. */
import type { SignOffPdfInput } from '@shared/policy/sign-off-pdf';
import { dual } from './intake-pdf-fixtures';

export const SIGN_OFF_INPUT: SignOffPdfInput = {
  associationName: 'جمعية قادي الخيرية للخدمات الاجتماعية',
  printedAt: dual('2026-03-10'),
  documents: [
    {
      title: 'سياسة تنظيم العلاقة مع المستفيدين',
      currentVersion: 2,
      requiredVersion: 1,
      hash: 'ab'.repeat(32),
      signed: [{ name: 'أمل الحربي', version: 1, at: '٥ مارس ٢٠٢٦ ٠٩:٠٠' }],
      unsigned: [{ name: 'بدر القحطاني', lastSigned: '' }],
    },
    { title: 'سياسة صرف المساعدات', currentVersion: 1, requiredVersion: 1, hash: 'cd'.repeat(32), signed: [], unsigned: [{ name: 'سعاد العتيبي', lastSigned: '' }] },
  ],
};
