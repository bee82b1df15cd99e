import { describe, expect, it } from 'vitest';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { validateBeneficiaryInput } from '../../shared/registry/beneficiary-input';
import { completeNationalId } from '../../shared/registry/national-id';
import { INCOMPLETE_DATE } from '../../renderer/src/components/dual-calendar-date-field';
import { editForm, fromDoc, mobileChange, toFormInput } from '../../renderer/src/features/beneficiaries/form-input';
import { recheckErrors } from '../../renderer/src/features/beneficiaries/form-recheck';
import { EMPTY_FORM } from '../../renderer/src/features/beneficiaries/form-state';

const TODAY = '2026-05-01';
const PURPOSE = 'غرض المعالجة';

const doc: BeneficiaryDoc = {
  id: '0b6f1f4e-8f4a-4b8e-9a43-5d1c2f1e7a11',
  fileNumber: 'RYD1-2026-000001',
  name: { first: 'فاطمة', father: 'أحمد', grandfather: 'عبدالله', family: 'الشهري' },
  fullName: 'فاطمة أحمد عبدالله الشهري',
  latinName: 'Fatimah Alshehri',
  nationalId: completeNationalId('109876543'),
  idKind: 'citizen',
  birthDate: '1990-03-17',
  gender: 'female',
  nationality: 'SA',
  maritalStatus: 'widowed',
  familyCount: 3,
  familyMembers: [{ name: 'سارة', relation: 'daughter', birthDate: '2012-01-05' }, { name: 'علي', relation: 'son' }],
  categoryKey: 'widows',
  city: 'الرياض',
  district: 'النسيم',
  address: 'شارع ١',
  mobiles: ['+966551234567'],
  noMobileReason: '',
  preferredChannel: { channel: 'phone', subChannel: 'whatsapp', address: '+966551234567' },
  consent: { purpose: PURPOSE, givenAt: '2026-04-01T08:00:00.000Z', takenBy: 'staff-1' },
  notes: '',
  duplicateAcknowledgments: [],
  createdAt: '2026-04-01T08:00:00.000Z',
  createdBy: 'staff-1',
  updatedAt: '2026-04-01T08:00:00.000Z',
  updatedBy: 'staff-1',
  deskId: 'desk-1',
};

describe('beneficiary form ↔ shared validator', () => {
  it('a stored file put back in the form validates to the same values', () => {
    const result = validateBeneficiaryInput(toFormInput(fromDoc(doc), PURPOSE), { todayIso: TODAY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { nameKey: _key, consent, ...value } = result.value;
    expect(consent.purpose).toBe(PURPOSE);
    for (const [field, stored] of Object.entries(value)) expect(stored, field).toEqual(doc[field as keyof BeneficiaryDoc]);
  });

  it('an empty new form lists the required fields, and consent', () => {
    const result = validateBeneficiaryInput(toFormInput(EMPTY_FORM, PURPOSE), { todayIso: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      'name.first': 'name.required',
      nationalId: 'national-id.required',
      birthDate: 'birth-date.required',
      consent: 'consent.required',
      noMobileReason: 'mobile.reason-required',
    });
  });

  it('a half-typed date is a format error, not an empty one', () => {
    const result = validateBeneficiaryInput(toFormInput({ ...fromDoc(doc), birthDate: INCOMPLETE_DATE }, PURPOSE), { todayIso: TODAY });
    expect(result.ok ? null : result.error.birthDate).toBe('birth-date.format');
  });

  it('"no mobile" sends no mobile rows and the reason, even if rows were typed before', () => {
    const form = { ...fromDoc(doc), noMobile: true, noMobileReason: 'لا يملك جوالًا', channel: 'in-person', subChannel: 'interview' };
    const input = toFormInput(form, PURPOSE);
    expect(input.mobiles).toEqual([]);
    const result = validateBeneficiaryInput(input, { todayIso: TODAY });
    expect(result.ok && result.value.noMobileReason).toBe('لا يملك جوالًا');
  });
});

describe('the preferred channel follows the current mobile', () => {
  const saved = (form: Parameters<typeof toFormInput>[0]) => {
    const result = validateBeneficiaryInput(toFormInput(form, PURPOSE), { todayIso: TODAY });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value.preferredChannel.address;
  };

  it('a file whose channel reached the first mobile reaches the new mobile once it changes', () => {
    const form = editForm(doc);
    expect(form.mobiles).toEqual(['055 123 4567']);
    const changed = { ...form, ...mobileChange(form, 0, '0559876543') };
    expect(saved(changed)).toBe('+966559876543');
  });

  it('a channel address typed as the first mobile follows it; another number stays', () => {
    const typed = { ...fromDoc(doc), mobiles: ['0551234567'], channelAddress: '0551234567' };
    expect(saved({ ...typed, ...mobileChange(typed, 0, '0559876543') })).toBe('+966559876543');
    const other = { ...typed, channelAddress: '0561111111' };
    expect(saved({ ...other, ...mobileChange(other, 0, '0559876543') })).toBe('+966561111111');
    const stored = editForm({ ...doc, preferredChannel: { ...doc.preferredChannel, address: '+966561111111' } });
    expect(saved({ ...stored, ...mobileChange(stored, 0, '0559876543') })).toBe('+966561111111');
  });
});

describe('errors follow the field they are about', () => {
  const form = fromDoc(doc);

  it('a changed ID drops "on another file" for what it is now: mistyped, or nothing', () => {
    const errors = { nationalId: 'beneficiary.duplicate-id', city: 'city.required' };
    expect(recheckErrors(errors, { ...form, nationalId: '1234' }, ['nationalId'], TODAY, PURPOSE)).toEqual({ nationalId: 'national-id.length', city: 'city.required' });
    expect(recheckErrors(errors, { ...form, nationalId: completeNationalId('109876544') }, ['nationalId'], TODAY, PURPOSE)).toEqual({ city: 'city.required' });
  });

  it('typing a mobile clears the "no mobile" question; a field without an error gets none while typed', () => {
    const empty = { ...form, mobiles: [''] };
    const errors = recheckErrors({ noMobileReason: 'mobile.reason-required' }, { ...empty, mobiles: ['0551234567'] }, ['mobiles'], TODAY, PURPOSE);
    expect(errors).toEqual({});
    expect(recheckErrors({}, { ...form, city: '' }, ['city'], TODAY, PURPOSE)).toEqual({});
  });
});

