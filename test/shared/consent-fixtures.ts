/** The privacy notice and an image consent as the file screen prints them (PDPL Art. 4 and 5; policy 3.6a). */
import { NOTICE_SEED } from '@shared/consent/notice-seed';
import { dual } from './intake-pdf-fixtures';

export const CONSENT_ASSOCIATION = 'جمعية قادي الخيرية للخدمات الاجتماعية';

export const NOTICE_INPUT = {
  associationName: CONSENT_ASSOCIATION,
  version: 1,
  titleAr: NOTICE_SEED.titleAr,
  textAr: NOTICE_SEED.textAr,
  textEn: NOTICE_SEED.textEn,
  publishedAt: dual('2025-01-01'),
  printedAt: dual('2026-03-10'),
  holder: { name: 'هند سالم العمري', fileNumber: 'RYD1-2026-000042', method: 'حضوريًا', givenAt: '١٠ مارس ٢٠٢٦' },
};

export const IMAGE_CONSENT_INPUT = {
  associationName: CONSENT_ASSOCIATION,
  printedAt: dual('2026-03-10'),
  name: 'هند سالم العمري',
  fileNumber: 'RYD1-2026-000042',
  uses: 'صورة، قصة',
  what: 'صورة في توزيع السلال',
  where: 'التقرير السنوي',
  until: '٣١ ديسمبر ٢٠٢٦',
  method: 'نموذج ورقي',
  givenAt: '١٠ مارس ٢٠٢٦',
  status: 'سارية',
};
