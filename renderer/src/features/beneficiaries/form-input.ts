import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { BeneficiaryFormInput } from '@shared/registry/beneficiary-input';
import { formatMobileForDisplay, normalizeSaudiMobile } from '@shared/registry/mobile';
import { EMPTY_FORM, type FormState } from './form-state';

/**
 * The form as the shared validator takes it. The date field always hands back a Gregorian ISO
 * date (whatever calendar it showed), so the calendar named here is Gregorian. `noticeVersion`: the
 * privacy notice shown at registration (PDPL Art. 12), sent with the method for a new file only.
 */
export function toFormInput(form: FormState, consentPurpose: string, noticeVersion?: number): BeneficiaryFormInput {
  const taken = noticeVersion === undefined ? {} : { method: form.consentMethod, noticeVersion };
  return {
    name: { ...form.name },
    latinName: form.latinName,
    nationalId: form.nationalId,
    birthDate: form.birthDate,
    birthDateCalendar: 'gregorian',
    gender: form.gender,
    nationality: form.nationality,
    maritalStatus: form.maritalStatus,
    familyCount: form.familyCount,
    familyMembers: form.familyMembers.map((m) => ({ ...m })),
    categoryKey: form.categoryKey,
    city: form.city,
    district: form.district,
    address: form.address,
    mobiles: form.noMobile ? [] : [...form.mobiles],
    noMobileReason: form.noMobile ? form.noMobileReason : '',
    preferredChannel: { channel: form.channel, subChannel: form.subChannel, address: form.channelAddress },
    consent: { given: form.consent, purpose: consentPurpose, ...taken },
    notes: form.notes,
  };
}

/** A stored file back into the form, for editing. Consent was given when the file was made. */
export function fromDoc(doc: BeneficiaryDoc): FormState {
  return {
    ...EMPTY_FORM,
    name: { ...doc.name },
    latinName: doc.latinName ?? '',
    nationalId: doc.nationalId,
    birthDate: doc.birthDate,
    gender: doc.gender,
    nationality: doc.nationality,
    maritalStatus: doc.maritalStatus,
    familyCount: String(doc.familyCount),
    familyMembers: doc.familyMembers.map((m) => ({ name: m.name, relation: m.relation, birthDate: m.birthDate ?? '' })),
    categoryKey: doc.categoryKey,
    city: doc.city,
    district: doc.district,
    address: doc.address,
    mobiles: doc.mobiles.length > 0 ? [...doc.mobiles] : [''],
    noMobile: doc.mobiles.length === 0,
    noMobileReason: doc.noMobileReason,
    channel: doc.preferredChannel.channel,
    subChannel: doc.preferredChannel.subChannel,
    channelAddress: doc.preferredChannel.address,
    consent: true,
    notes: doc.notes,
  };
}

/** Two spellings of one mobile (05…, +966 5…) are the same number; anything else is not. */
function sameMobile(a: string, b: string): boolean {
  const x = normalizeSaudiMobile(a);
  const y = normalizeSaudiMobile(b);
  return x.ok && y.ok && x.value === y.value;
}

/**
 * A stored file in the edit form: mobiles as people say them (05…). A channel that reaches the
 * first mobile is shown empty ("the first mobile"), so it follows that mobile when it changes
 * instead of keeping the old number (policy 3.1: the agreed channel reaches the person).
 */
export function editForm(doc: BeneficiaryDoc): FormState {
  const form = fromDoc(doc);
  const address = doc.preferredChannel.address;
  return {
    ...form,
    mobiles: doc.mobiles.length > 0 ? doc.mobiles.map((m) => formatMobileForDisplay(m)) : [''],
    channelAddress: sameMobile(address, doc.mobiles[0] ?? '') ? '' : formatMobileForDisplay(address),
  };
}

/** One mobile row changed; a channel address that was the first mobile follows it (empty). */
export function mobileChange(form: FormState, index: number, value: string): Partial<FormState> {
  const mobiles = form.mobiles.map((m, i) => (i === index ? value : m));
  const followed = index === 0 && form.channelAddress !== '' && sameMobile(form.channelAddress, form.mobiles[0] ?? '');
  return followed ? { mobiles, channelAddress: '' } : { mobiles };
}
