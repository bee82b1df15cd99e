import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { BeneficiaryFormInput } from '@shared/registry/beneficiary-input';
import { EMPTY_FORM, type FormState } from './form-state';

/**
 * The form as the shared validator takes it. The date field always hands back a Gregorian ISO
 * date (whatever calendar it showed), so the calendar named here is Gregorian.
 */
export function toFormInput(form: FormState, consentPurpose: string): BeneficiaryFormInput {
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
    consent: { given: form.consent, purpose: consentPurpose },
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
