import { describe, expect, it } from 'vitest';
import {
  decideDuplicates,
  unacknowledgedWarnings,
  warningKey,
  type DuplicateCandidate,
  type ExistingFile,
} from '@shared/registry/duplicates';
import { arabicNameKey } from '@shared/registry/arabic-name';
import { completeNationalId } from '@shared/registry/national-id';

const ID_A = completeNationalId('100000001');
const ID_B = completeNationalId('200000002');
const ID_C = completeNationalId('100000003');
const MOBILE_1 = '+966500000001';
const MOBILE_2 = '+966500000002';

const candidate: DuplicateCandidate = {
  nationalId: ID_A,
  nameKey: arabicNameKey('عبدالله محمد سعد الغامدي'),
  birthDate: '1990-05-14',
  mobiles: [MOBILE_1],
};

function file(fileId: string, overrides: Partial<ExistingFile> = {}): ExistingFile {
  return {
    fileId,
    nationalId: ID_C,
    nameKey: arabicNameKey('فهد علي ناصر القحطاني'),
    birthDate: '1985-01-01',
    mobiles: [],
    ...overrides,
  };
}

describe('decideDuplicates', () => {
  it('finds nothing among unrelated files or an empty registry', () => {
    expect(decideDuplicates(candidate, [])).toEqual({ blocking: [], warnings: [] });
    expect(decideDuplicates(candidate, [file('f1'), file('f2', { nationalId: ID_B })])).toEqual({
      blocking: [],
      warnings: [],
    });
  });

  it('blocks on the same national ID', () => {
    const decision = decideDuplicates(candidate, [file('f1'), file('f2', { nationalId: ID_A })]);
    expect(decision).toEqual({ blocking: [{ fileId: 'f2', reason: 'same-national-id' }], warnings: [] });
  });

  it('warns on the same name key and birth date, written differently', () => {
    const existing = file('f1', { nameKey: arabicNameKey('عبدُ اللهِ مُحمّد سعد الغامدى'), birthDate: '1990-05-14' });
    expect(decideDuplicates(candidate, [existing])).toEqual({
      blocking: [],
      warnings: [{ fileId: 'f1', reason: 'same-name-and-birth-date' }],
    });
  });

  it('does not warn on the same name with another birth date, or another name the same day', () => {
    const existing = [
      file('f1', { nameKey: candidate.nameKey, birthDate: '1990-05-15' }),
      file('f2', { nameKey: arabicNameKey('عبيد الله محمد سعد الغامدي'), birthDate: '1990-05-14' }),
    ];
    expect(decideDuplicates(candidate, existing).warnings).toEqual([]);
  });

  it('warns on a shared mobile and says which', () => {
    const existing = file('f1', { mobiles: [MOBILE_2, MOBILE_1] });
    expect(decideDuplicates({ ...candidate, mobiles: [MOBILE_1, MOBILE_2] }, [existing]).warnings).toEqual([
      { fileId: 'f1', reason: 'same-mobile', mobiles: [MOBILE_2, MOBILE_1] },
    ]);
  });

  it('gives one warning per reason when a file matches on name+birth date and mobile', () => {
    const existing = file('f1', { nameKey: candidate.nameKey, birthDate: candidate.birthDate, mobiles: [MOBILE_1] });
    expect(decideDuplicates(candidate, [existing]).warnings.map((w) => w.reason)).toEqual([
      'same-name-and-birth-date',
      'same-mobile',
    ]);
  });

  it('does not also warn about a file that already blocks', () => {
    const existing = file('f1', { nationalId: ID_A, nameKey: candidate.nameKey, birthDate: candidate.birthDate, mobiles: [MOBILE_1] });
    expect(decideDuplicates(candidate, [existing])).toEqual({
      blocking: [{ fileId: 'f1', reason: 'same-national-id' }],
      warnings: [],
    });
  });

  it('excludes the file being edited', () => {
    const self = file('self', { nationalId: ID_A, nameKey: candidate.nameKey, birthDate: candidate.birthDate, mobiles: [MOBILE_1] });
    expect(decideDuplicates(candidate, [self], 'self')).toEqual({ blocking: [], warnings: [] });
    expect(decideDuplicates(candidate, [self], 'other').blocking).toHaveLength(1);
  });

  it('reports several files, in the order given, each once', () => {
    const existing = [
      file('w-mobile', { mobiles: [MOBILE_1] }),
      file('block-1', { nationalId: ID_A }),
      file('w-name', { nameKey: candidate.nameKey, birthDate: candidate.birthDate }),
      file('self', { nationalId: ID_A }),
      file('w-mobile', { mobiles: [MOBILE_1] }),
      file('block-2', { nationalId: ID_A }),
    ];
    expect(decideDuplicates(candidate, existing, 'self')).toEqual({
      blocking: [
        { fileId: 'block-1', reason: 'same-national-id' },
        { fileId: 'block-2', reason: 'same-national-id' },
      ],
      warnings: [
        { fileId: 'w-mobile', reason: 'same-mobile', mobiles: [MOBILE_1] },
        { fileId: 'w-name', reason: 'same-name-and-birth-date' },
      ],
    });
  });

  it('never matches on empty values', () => {
    const blank: DuplicateCandidate = { nationalId: '', nameKey: '', birthDate: '', mobiles: [''] };
    const existing = [file('f1', { nationalId: '', nameKey: '', birthDate: '', mobiles: [''] })];
    expect(decideDuplicates(blank, existing)).toEqual({ blocking: [], warnings: [] });
    const noBirthDate = { ...candidate, birthDate: '' };
    expect(decideDuplicates(noBirthDate, [file('f2', { nameKey: candidate.nameKey, birthDate: '' })]).warnings).toEqual([]);
  });
});

describe('acknowledging warnings', () => {
  it('tracks which warnings are still to acknowledge', () => {
    const decision = decideDuplicates(candidate, [
      file('f1', { mobiles: [MOBILE_1] }),
      file('f2', { nameKey: candidate.nameKey, birthDate: candidate.birthDate }),
    ]);
    const [first, second] = decision.warnings;
    expect(warningKey(first!)).toBe('same-mobile:f1');
    expect(unacknowledgedWarnings(decision, new Set([warningKey(first!)]))).toEqual([second]);
    expect(unacknowledgedWarnings(decision, new Set(decision.warnings.map(warningKey)))).toEqual([]);
  });
});
