/**
 * A beneficiary's file, anonymised (PDPL Art. 18; policy 6(b)). Removed: the name, the Latin name, the
 * national ID, the exact birth date, the district and address, mobiles and the reason for none, the
 * preferred channel's address, the family members' names and birth dates, the notes, and where an import
 * came from (the spreadsheet's row holds the person). Kept, as non-personal facts the statistics group by:
 * gender, nationality, marital status, family size, category, city, the birth YEAR (age bands), the file
 * number (printed on kept signed declarations), the consent record (date and staff member: proof the data
 * was processed lawfully), merges and duplicate acknowledgements (ids only), and the bookkeeping dates.
 * The consent log stays as that proof (its free notes go; a signed paper form stays, like a signed
 * declaration); an image consent keeps its uses and dates, its "what" and "where" (the person's story) go.
 */
import type { BeneficiaryDoc } from '../db/schemas/beneficiary.schema';
import { ERASED_NATIONAL_ID, ERASED_TEXT } from './erased-values';

export function anonymiseBeneficiary(doc: BeneficiaryDoc): BeneficiaryDoc {
  const { importSource: _dropped, ...rest } = doc;
  return {
    ...rest,
    name: { first: ERASED_TEXT, father: ERASED_TEXT, grandfather: '', family: ERASED_TEXT },
    fullName: ERASED_TEXT,
    latinName: '',
    nationalId: ERASED_NATIONAL_ID,
    birthDate: `${doc.birthDate.slice(0, 4)}-01-01`,
    familyMembers: doc.familyMembers.map((member) => ({ name: ERASED_TEXT, relation: member.relation })),
    district: ERASED_TEXT,
    address: '',
    mobiles: [],
    noMobileReason: ERASED_TEXT,
    preferredChannel: { ...doc.preferredChannel, address: '' },
    notes: '',
    ...(doc.consentLog ? { consentLog: doc.consentLog.map((step) => ({ ...step, note: '' })) } : {}),
    ...(doc.imageConsents ? { imageConsents: doc.imageConsents.map((c) => ({ ...c, what: ERASED_TEXT, where: ERASED_TEXT })) } : {}),
  };
}
