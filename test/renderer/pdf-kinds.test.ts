/** The worker's registry of document builders: every kind builds from its snapshot, unknown kinds are refused. */
import { expect, test } from 'vitest';
import { declarationDocumentInput } from '@shared/declaration/document';
import { PDF_BUILDERS, buildPdfDefinition, isPdfKind } from '@renderer/pdf/pdf-kinds';
import { sealedPadDeclaration } from '../fixtures/declaration/sealed';
import { sampleSnapshot } from '../fixtures/declaration/samples';
import { RECEIPT_INPUT, SHEET_INPUT } from '../shared/intake-pdf-fixtures';
import { IMAGE_CONSENT_INPUT, NOTICE_INPUT } from '../shared/consent-fixtures';
import { metrics } from '../shared/pdf-harness';
import { SIGN_OFF_INPUT } from '../shared/policy-fixtures';
import { MINUTE_INPUT } from '../shared/compensation-fixtures';
import { VISIT_REPORT_INPUT } from '../shared/visits-fixtures';

/** The dashboard's PDF snapshot: already worded, small groups already hidden (the screen's export does both). */
const DASHBOARD_INPUT = {
  associationName: 'جمعية قادي الخيرية',
  title: 'لوحة المتابعة',
  facts: [{ label: 'الفترة', value: '1 – 31 مارس 2026' }],
  note: 'لا تظهر أرقام الفئات التي تقل عن ٥ حفاظًا على الخصوصية.',
  sections: [{ title: 'الطلبات المستلمة مكتملة (3.3)', headers: ['الفئة', 'العدد', 'القيمة'], rows: [['وحدة البحث الاجتماعي', '6', '6'], ['الإجمالي', '6', '6']] }],
};

test('each registered kind builds an A4 definition from a structured-cloned snapshot', async () => {
  expect(Object.keys(PDF_BUILDERS).sort()).toEqual(['dashboard', 'declaration', 'image-consent', 'minute', 'personal-data', 'policy-sign-off', 'privacy-notice', 'receipt', 'requirements-sheet', 'visit-report']);
  const declaration = { ...declarationDocumentInput(await sealedPadDeclaration(sampleSnapshot({ requirements: 2 }))), bilingual: false };
  // The UI posts the snapshot to the worker: what arrives is a structured clone.
  const definitions = [
    buildPdfDefinition('receipt', structuredClone(RECEIPT_INPUT), metrics),
    buildPdfDefinition('requirements-sheet', structuredClone(SHEET_INPUT), metrics),
    buildPdfDefinition('declaration', structuredClone(declaration), metrics),
    buildPdfDefinition('policy-sign-off', structuredClone(SIGN_OFF_INPUT), metrics),
    buildPdfDefinition('minute', structuredClone(MINUTE_INPUT), metrics),
    buildPdfDefinition('visit-report', structuredClone(VISIT_REPORT_INPUT), metrics),
    buildPdfDefinition('dashboard', structuredClone(DASHBOARD_INPUT), metrics),
    buildPdfDefinition('privacy-notice', structuredClone(NOTICE_INPUT), metrics),
    buildPdfDefinition('image-consent', structuredClone(IMAGE_CONSENT_INPUT), metrics),
  ];
  for (const definition of definitions) {
    expect(definition.pageSize).toBe('A4');
    expect(typeof definition.footer).toBe('function');
  }
  expect(isPdfKind('receipt')).toBe(true);
  expect(isPdfKind('declaration')).toBe(true);
  expect(isPdfKind('toString')).toBe(false);
  expect(isPdfKind('invoice')).toBe(false);
});
