import type { TFunction } from 'i18next';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { MergeChoiceField } from '@shared/registry/merge-files';

/** One field of a file as text for the side-by-side comparison (values shown to the person merging, never logged). */
export function fieldText(doc: BeneficiaryDoc, field: MergeChoiceField, t: TFunction, language: string): string {
  switch (field) {
    case 'name':
      return doc.fullName;
    case 'idKind':
      return t(`registry.idKind.${doc.idKind}`);
    case 'gender':
      return t(`registry.gender.${doc.gender}`);
    case 'maritalStatus':
      return t(`registry.marital.${doc.maritalStatus}`);
    case 'nationality':
      return regionName(doc.nationality, language);
    case 'familyCount':
      return doc.familyCount.toLocaleString(language === 'ar' ? 'ar-SA' : 'en-GB');
    case 'preferredChannel':
      return [doc.preferredChannel.channel, doc.preferredChannel.subChannel, doc.preferredChannel.address].filter(Boolean).join(' · ');
    case 'consent':
      return `${doc.consent.purpose} (${doc.consent.givenAt.slice(0, 10)})`;
    default:
      return doc[field] ?? '';
  }
}

function regionName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
