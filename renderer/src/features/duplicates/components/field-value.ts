import type { TFunction } from 'i18next';
import { findSubChannel } from '@shared/catalog/channels';
import { formatMobileForDisplay } from '@shared/registry/mobile';
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
    case 'preferredChannel': {
      const { channel, subChannel, address } = doc.preferredChannel;
      const sub = findSubChannel(channel, subChannel);
      const label = sub ? (language === 'ar' ? sub.labelAr : sub.labelEn) : subChannel;
      const shown = sub?.addressKind === 'mobile' ? formatMobileForDisplay(address) : address;
      // The number is isolated left-to-right so it reads the same inside Arabic text.
      return [label, shown ? `\u2066${shown}\u2069` : ''].filter(Boolean).join(' — ');
    }
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
