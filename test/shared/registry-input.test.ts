import { describe, expect, it } from 'vitest';
import { validateBeneficiaryInput, type BeneficiaryFormInput } from '../../shared/registry/beneficiary-input';
import { completeNationalId } from '../../shared/registry/national-id';

const ID = completeNationalId('100000001');
const IQAMA = completeNationalId('200000002');
const today = { todayIso: '2026-03-10' };

function input(overrides: Partial<BeneficiaryFormInput> = {}): BeneficiaryFormInput {
  return {
    name: { first: 'محمد', father: 'عبدالله', grandfather: 'سعد', family: 'الغامدي' },
    latinName: '',
    nationalId: ID,
    birthDate: '1980-05-17',
    gender: 'male',
    nationality: '',
    maritalStatus: 'married',
    familyCount: '4',
    familyMembers: [],
    categoryKey: 'widows',
    city: 'الرياض',
    district: 'النسيم',
    address: '',
    mobiles: ['0551234567'],
    noMobileReason: '',
    preferredChannel: { channel: 'phone', subChannel: 'sms', address: '' },
    consent: { given: true, purpose: 'تقديم الخدمات' },
    notes: '',
    ...overrides,
  };
}

const errorsOf = (overrides: Partial<BeneficiaryFormInput>, options = today) => {
  const result = validateBeneficiaryInput(input(overrides), options);
  return result.ok ? {} : result.error;
};

describe('validateBeneficiaryInput', () => {
  it("accepts a file without a grandfather's name, keyed on the three parts given", () => {
    const result = validateBeneficiaryInput(input({ name: { first: 'محمد', father: 'عبدالله', grandfather: '  ', family: 'الغامدي' } }), today);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name.grandfather).toBe('');
    expect(result.value.fullName).toBe('محمد عبدالله الغامدي');
    expect(result.value.nameKey).toBe('محمد عبدالله الغامدي');
  });

  it('normalizes a valid form: stripped bidi marks, ASCII digits, E.164 mobiles, default nationality, channel address from the first mobile', () => {
    const result = validateBeneficiaryInput(
      input({
        name: { first: '\u202Bمحمد\u202C', father: 'عبد\u200Fالله', grandfather: ' سعد ', family: 'الغامدي\u2066' },
        nationalId: ID.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
        birthDate: '١٧/٠٥/١٩٨٠',
        mobiles: ['', '+966 55 123 4567', '0551234567', '٠٥٠٠٠٠٠٠٠١'],
        familyCount: '٤',
        familyMembers: [{ name: 'سارة\u200E', relation: 'daughter', birthDate: '' }],
        address: 'حي\u202E النسيم\r\nشارع ١٢',
        notes: '\u200Bملاحظة',
        latinName: "Mohammed Al-Ghamdi",
      }),
      today,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toMatchObject({
      name: { first: 'محمد', father: 'عبدالله', grandfather: 'سعد', family: 'الغامدي' },
      fullName: 'محمد عبدالله سعد الغامدي',
      nameKey: 'محمد عبدالله سعد الغامدي',
      nationalId: ID,
      idKind: 'citizen',
      birthDate: '1980-05-17',
      nationality: 'SA',
      familyCount: 4,
      familyMembers: [{ name: 'سارة', relation: 'daughter' }],
      mobiles: ['+966551234567', '+966500000001'],
      noMobileReason: '',
      preferredChannel: { channel: 'phone', subChannel: 'sms', address: '+966551234567' },
      address: 'حي النسيم\nشارع ١٢',
      notes: 'ملاحظة',
      latinName: 'Mohammed Al-Ghamdi',
    });
  });

  it('accepts a Hijri birth date and an Iqama', () => {
    const result = validateBeneficiaryInput(input({ birthDate: '1400-07-01', birthDateCalendar: 'hijri', nationalId: IQAMA, nationality: 'eg' }), today);
    expect(result.ok && [result.value.birthDate, result.value.idKind, result.value.nationality]).toEqual(['1980-05-16', 'resident', 'EG']);
  });

  it('reports every problem at its field path, with stable i18n codes', () => {
    expect(
      errorsOf({
        name: { first: 'م'.repeat(500), father: '', grandfather: 'Saad', family: 'الغامدي' },
        nationalId: '3000000000',
        birthDate: '1890-01-01',
        gender: '',
        maritalStatus: 'complicated',
        familyCount: '0',
        familyMembers: [{ name: '', relation: 'cousin', birthDate: '31/02/2000' }],
        categoryKey: '',
        city: '',
        district: 'د'.repeat(61),
        address: 'ع'.repeat(301),
        mobiles: ['0112345678', '05123'],
        preferredChannel: { channel: 'website-email', subChannel: 'email', address: 'not-an-email' },
        consent: { given: false, purpose: 'x' },
        notes: 'n'.repeat(2001),
        latinName: 'محمد',
        nationality: 'SAU',
      }),
    ).toEqual({
      'name.first': 'name.too-long',
      'name.father': 'name.required',
      'name.grandfather': 'name.not-arabic',
      nationalId: 'national-id.first-digit',
      birthDate: 'birth-date.range',
      gender: 'gender.required',
      maritalStatus: 'marital-status.required',
      familyCount: 'family-count.range',
      'familyMembers.0.name': 'family-member.name-required',
      'familyMembers.0.relation': 'family-member.relation-required',
      'familyMembers.0.birthDate': 'birth-date.format',
      categoryKey: 'category.required',
      city: 'city.required',
      district: 'district.too-long',
      address: 'address.too-long',
      'mobiles.0': 'mobile.not-mobile',
      'mobiles.1': 'mobile.format',
      'preferredChannel.address': 'channel.address-format',
      consent: 'consent.required',
      notes: 'notes.too-long',
      latinName: 'latin-name.format',
      nationality: 'nationality.format',
    });
  });

  it('requires consent with a purpose', () => {
    expect(errorsOf({ consent: { given: true, purpose: ' \u200F ' } })).toEqual({ consent: 'consent.required' });
    expect(errorsOf({ consent: { given: false, purpose: 'تقديم الخدمات' } })).toEqual({ consent: 'consent.required' });
  });

  it('asks why when there is no mobile, and then needs a channel address another way', () => {
    expect(errorsOf({ mobiles: ['', ' '] })).toEqual({ noMobileReason: 'mobile.reason-required', 'preferredChannel.address': 'channel.address-required' });
    expect(errorsOf({ mobiles: [], noMobileReason: 'لا يملك جوالا', preferredChannel: { channel: 'in-person', subChannel: 'interview', address: 'ignored' } })).toEqual({});
    const result = validateBeneficiaryInput(input({ mobiles: [], noMobileReason: 'لا يملك', preferredChannel: { channel: 'in-person', subChannel: 'interview', address: 'x' } }), today);
    expect(result.ok && result.value.preferredChannel).toEqual({ channel: 'in-person', subChannel: 'interview', address: '' });
  });

  it('checks dates: format, impossible days, future, before 1900, today allowed', () => {
    expect(errorsOf({ birthDate: '' })).toEqual({ birthDate: 'birth-date.required' });
    expect(errorsOf({ birthDate: '17-05' })).toEqual({ birthDate: 'birth-date.format' });
    expect(errorsOf({ birthDate: '2001-02-29' })).toEqual({ birthDate: 'birth-date.format' });
    expect(errorsOf({ birthDate: '2026-03-11' })).toEqual({ birthDate: 'birth-date.range' });
    expect(errorsOf({ birthDate: '1899-12-31' })).toEqual({ birthDate: 'birth-date.range' });
    expect(errorsOf({ birthDate: '2026-03-10' })).toEqual({});
    expect(errorsOf({ birthDate: '1447-13-01', birthDateCalendar: 'hijri' })).toEqual({ birthDate: 'birth-date.format' });
  });

  it('checks the category against the catalog when given, and channels against the channel catalog', () => {
    expect(errorsOf({ categoryKey: 'widows' }, { todayIso: today.todayIso, categoryKeys: ['elderly'] } as typeof today)).toEqual({ categoryKey: 'category.unknown' });
    expect(errorsOf({ preferredChannel: { channel: 'phone', subChannel: 'email', address: '' } })).toEqual({ preferredChannel: 'channel.unknown' });
    expect(errorsOf({ preferredChannel: { channel: '', subChannel: '', address: '' } })).toEqual({ preferredChannel: 'channel.required' });
    expect(errorsOf({ preferredChannel: { channel: 'letters', subChannel: 'letter', address: '' } })).toEqual({ 'preferredChannel.address': 'channel.address-required' });
  });

  it('refuses more family members than the family count', () => {
    const two = [{ name: 'أ', relation: 'son', birthDate: '' }, { name: 'ب', relation: 'son', birthDate: '' }];
    expect(errorsOf({ familyCount: '1', familyMembers: two })).toEqual({ familyCount: 'family-count.too-small' });
    expect(errorsOf({ familyCount: 'abc' })).toEqual({ familyCount: 'family-count.format' });
  });
});
