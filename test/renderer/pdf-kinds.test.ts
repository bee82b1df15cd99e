/** The worker's registry of document builders: every kind builds from its snapshot, unknown kinds are refused. */
import { expect, test } from 'vitest';
import { PDF_BUILDERS, buildPdfDefinition, isPdfKind } from '@renderer/pdf/pdf-kinds';
import { RECEIPT_INPUT, SHEET_INPUT } from '../shared/intake-pdf-fixtures';
import { metrics } from '../shared/pdf-harness';

test('each registered kind builds an A4 definition from a structured-cloned snapshot', () => {
  expect(Object.keys(PDF_BUILDERS).sort()).toEqual(['receipt', 'requirements-sheet']);
  // The UI posts the snapshot to the worker: what arrives is a structured clone.
  const receipt = buildPdfDefinition('receipt', structuredClone(RECEIPT_INPUT), metrics);
  const sheet = buildPdfDefinition('requirements-sheet', structuredClone(SHEET_INPUT), metrics);
  for (const definition of [receipt, sheet]) {
    expect(definition.pageSize).toBe('A4');
    expect(typeof definition.footer).toBe('function');
  }
  expect(isPdfKind('receipt')).toBe(true);
  expect(isPdfKind('toString')).toBe(false);
  expect(isPdfKind('declaration')).toBe(false);
});
