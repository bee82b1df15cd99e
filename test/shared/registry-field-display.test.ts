import { describe, expect, it } from 'vitest';
import ar from '../../renderer/src/i18n/ar.json';
import en from '../../renderer/src/i18n/en.json';
import { beneficiaryFieldLabel, formatBeneficiaryValue } from '@shared/registry/beneficiary-field-display';

type Tree = { [key: string]: string | Tree };
/** The UI's own translations, looked up by dotted key (a missing key comes back as itself). */
const translator = (tree: Tree) => (key: string): string => {
  const found = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  return typeof found === 'string' ? found : key;
};
const t = translator(ar);
const AR = { locale: 'ar' as const, t };
/** Without the LTR isolates that keep a phone number's digit groups in order inside Arabic text. */
const bare = (text: string | null) => text?.replace(/[\u2066\u2069]/g, '');

describe('a beneficiary field as a person reads it (the sync screen\'s conflicts)', () => {
  it('labels fields with the registry\'s own translated labels, nested paths included', () => {
    expect(beneficiaryFieldLabel('city', t)).toBe(ar.registry.field.city);
    expect(beneficiaryFieldLabel('name.grandfather', t)).toBe(ar.registry.field.grandfather);
    expect(beneficiaryFieldLabel('mobiles', t)).toBe(ar.registry.view.mobiles);
    expect(beneficiaryFieldLabel('preferredChannel.subChannel', t)).toBe(ar.registry.field.subChannel);
    expect(beneficiaryFieldLabel('categoryKey', translator(en))).toBe(en.registry.field.category);
    expect(beneficiaryFieldLabel('somethingElse', t)).toBeNull();
  });

  it('a mobile reads as a phone number, a channel by its label, a date in both calendars, codes in words', () => {
    expect(bare(formatBeneficiaryValue('mobiles', ['+966551234567', '+966561112233'], AR))).toBe('055 123 4567، 056 111 2233');
    expect(bare(formatBeneficiaryValue('preferredChannel', { channel: 'phone', subChannel: 'whatsapp', address: '+966551234567' }, AR))).toBe('واتساب — 055 123 4567');
    expect(bare(formatBeneficiaryValue('preferredChannel.address', '+966551234567', AR))).toBe('055 123 4567');
    expect(formatBeneficiaryValue('birthDate', '1990-03-17', AR)).toBe('١٩ شعبان ١٤١٠ هـ (١٧ مارس ١٩٩٠)');
    expect(formatBeneficiaryValue('gender', 'female', AR)).toBe(ar.registry.gender.female);
    expect(formatBeneficiaryValue('maritalStatus', 'widowed', { locale: 'en', t: translator(en) })).toBe(en.registry.marital.widowed);
    expect(formatBeneficiaryValue('categoryKey', 'widows', { ...AR, categoryLabel: (key) => (key === 'widows' ? 'الأرامل' : undefined) })).toBe('الأرامل');
    expect(formatBeneficiaryValue('nationality', 'SA', { locale: 'en', t })).toBe('Saudi Arabia');
  });

  it('free text is left to the caller (null), so it shows as typed', () => {
    expect(formatBeneficiaryValue('city', 'جدة', AR)).toBeNull();
    expect(formatBeneficiaryValue('notes', 'ملاحظة', AR)).toBeNull();
  });
});
