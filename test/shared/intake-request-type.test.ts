import { describe, expect, it } from 'vitest';
import { isComplete, missingRequirements } from '../../shared/intake/completeness';
import { validateRequestType, type RequestType } from '../../shared/intake/request-type';

const rent: RequestType = {
  id: 'rent-assistance',
  version: 2,
  nameAr: 'مساعدة إيجار',
  nameEn: 'Rent assistance',
  unitId: 'unit-social',
  requirements: [
    { id: 'national-id', kind: 'document', labelAr: 'صورة الهوية الوطنية', labelEn: 'National ID copy', required: true },
    { id: 'lease', kind: 'document', labelAr: 'عقد الإيجار', labelEn: 'Lease contract', required: true },
    { id: 'landlord-letter', kind: 'document', labelAr: 'خطاب المؤجر', labelEn: 'Landlord letter', required: false },
    { id: 'monthly-income', kind: 'field', labelAr: 'الدخل الشهري', labelEn: 'Monthly income', required: true },
  ],
};

describe('validateRequestType', () => {
  it('accepts a sound type', () => {
    expect(validateRequestType(rent)).toEqual([]);
  });

  it('refuses a type with no requirements', () => {
    expect(validateRequestType({ ...rent, requirements: [] })).toEqual([{ code: 'request-type.no-requirements' }]);
  });

  it('requires both names, an id, a unit and a positive whole version', () => {
    const errors = validateRequestType({ ...rent, id: ' ', nameAr: '', nameEn: '  ', unitId: '', version: 0 });
    expect(errors.map((e) => e.code)).toEqual([
      'request-type.id-required', 'request-type.version', 'request-type.name-ar-required',
      'request-type.name-en-required', 'request-type.unit-required',
    ]);
    expect(validateRequestType({ ...rent, version: 1.5 })).toEqual([{ code: 'request-type.version' }]);
  });

  it('checks each requirement: id, duplicate id, both labels, kind', () => {
    const first = rent.requirements[0]!;
    const errors = validateRequestType({
      ...rent,
      requirements: [
        first,
        { ...first, labelEn: 'Copy' },
        { ...first, id: '', labelAr: 'x' },
        { ...first, id: 'photo', labelAr: ' ' },
        { ...first, id: 'odd', kind: 'video' as unknown as 'document' },
      ],
    });
    expect(errors).toEqual([
      { code: 'request-type.requirement-duplicate-id', requirementId: 'national-id' },
      { code: 'request-type.requirement-id-required', requirementId: '' },
      { code: 'request-type.requirement-label-required', requirementId: 'photo' },
      { code: 'request-type.requirement-kind', requirementId: 'odd' },
    ]);
  });
});

describe('missingRequirements (the completeness gate)', () => {
  it('lists every required line when nothing is provided, in the type order, with Arabic labels', () => {
    const missing = missingRequirements(rent, {});
    expect(missing.map((r) => r.labelAr)).toEqual(['صورة الهوية الوطنية', 'عقد الإيجار', 'الدخل الشهري']);
    expect(isComplete(rent, {})).toBe(false);
  });

  it('lists only what is still missing; optional lines never block', () => {
    const missing = missingRequirements(rent, { lease: { provided: true }, 'national-id': { provided: false } });
    expect(missing.map((r) => r.id)).toEqual(['national-id', 'monthly-income']);
  });

  it('passes when every required line is provided, whatever the optional ones', () => {
    const checklist = { 'national-id': { provided: true }, lease: { provided: true }, 'monthly-income': { provided: true } };
    expect(missingRequirements(rent, checklist)).toEqual([]);
    expect(isComplete(rent, checklist)).toBe(true);
  });

  it('ignores checklist entries that are not in the type (a line from another version)', () => {
    expect(missingRequirements(rent, { stale: { provided: true } })).toHaveLength(3);
  });
});
