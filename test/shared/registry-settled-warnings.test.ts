import { describe, expect, it } from 'vitest';
import { settledWarningKeys, unacknowledgedWarnings, warningKey, type DuplicateDecision } from '@shared/registry/duplicates';

const decision: DuplicateDecision = {
  blocking: [],
  warnings: [
    { fileId: 'file-c', reason: 'same-name-and-birth-date' },
    { fileId: 'file-d', reason: 'same-mobile', mobiles: ['+966551234567'] },
  ],
};

describe('settledWarningKeys', () => {
  it('a new file settles only what was ticked now', () => {
    const settled = settledWarningKeys(null, [warningKey(decision.warnings[0]!)], [], new Map());
    expect(unacknowledgedWarnings(decision, settled).map((w) => w.fileId)).toEqual(['file-d']);
  });

  it('an edited file keeps its own recorded acknowledgments', () => {
    const settled = settledWarningKeys('file-a', [], [{ fileId: 'file-c', reason: 'same-name-and-birth-date' }], new Map());
    expect(unacknowledgedWarnings(decision, settled).map((w) => w.fileId)).toEqual(['file-d']);
  });

  it('an acknowledgment recorded on the other file settles the pair', () => {
    const warned = new Map([
      ['file-c', { duplicateAcknowledgments: [{ fileId: 'file-a', reason: 'same-name-and-birth-date' as const }] }],
      ['file-d', { duplicateAcknowledgments: [{ fileId: 'file-x', reason: 'same-mobile' as const }] }],
    ]);
    const settled = settledWarningKeys('file-a', [], [], warned);
    expect(unacknowledgedWarnings(decision, settled).map((w) => w.fileId)).toEqual(['file-d']);
  });

  it('a different reason on the other file does not settle this warning', () => {
    const warned = new Map([['file-c', { duplicateAcknowledgments: [{ fileId: 'file-a', reason: 'same-mobile' as const }] }]]);
    const settled = settledWarningKeys('file-a', [], [], warned);
    expect(unacknowledgedWarnings(decision, settled).map((w) => w.fileId)).toEqual(['file-c', 'file-d']);
  });
});
