/**
 * What the form holds while the receptionist types: raw text, exactly as typed. The shared
 * validator (validateBeneficiaryInput) normalizes and checks it; nothing is cleaned here.
 */
export interface MemberRow {
  name: string;
  relation: string;
  birthDate: string;
}

export interface FormState {
  name: { first: string; father: string; grandfather: string; family: string };
  latinName: string;
  nationalId: string;
  /** ISO Gregorian, '' or INCOMPLETE_DATE (see the date field). */
  birthDate: string;
  gender: string;
  nationality: string;
  maritalStatus: string;
  familyCount: string;
  familyMembers: MemberRow[];
  categoryKey: string;
  city: string;
  district: string;
  address: string;
  mobiles: string[];
  noMobile: boolean;
  noMobileReason: string;
  channel: string;
  subChannel: string;
  channelAddress: string;
  consent: boolean;
  /** How the consent was given (a new file only): in person, by phone, on a paper form. */
  consentMethod: string;
  notes: string;
}

export const EMPTY_FORM: FormState = {
  name: { first: '', father: '', grandfather: '', family: '' },
  latinName: '',
  nationalId: '',
  birthDate: '',
  gender: '',
  nationality: 'SA',
  maritalStatus: '',
  familyCount: '1',
  familyMembers: [],
  categoryKey: '',
  city: '',
  district: '',
  address: '',
  mobiles: [''],
  noMobile: false,
  noMobileReason: '',
  channel: 'phone',
  subChannel: 'voice-call',
  channelAddress: '',
  consent: false,
  consentMethod: 'in-person',
  notes: '',
};

/** A setter for one part of the form, shared by the sections. */
export type FormPatch = (patch: Partial<FormState>) => void;

/** Translated inline error of a field path, or undefined. */
export type ErrorOf = (path: string) => string | undefined;

/**
 * The props of the input of a form value (@mantine/form's getInputProps): its value, its change,
 * its id and its translated error, read under `errorPath` when the validator names the field
 * otherwise ('channelAddress' is checked as 'preferredChannel.address').
 */
export type FieldOf = (path: string, errorPath?: string) => { id: string; value: string; onChange: (change: unknown) => void; error: string | undefined };
/** The same for a checkbox. */
export type CheckOf = (path: string) => { id: string; checked: boolean; onChange: (change: unknown) => void; error: string | undefined };

/** What every section of the form gets. */
export type SectionProps = { form: FormState; patch: FormPatch; errorOf: ErrorOf; field: FieldOf; check: CheckOf };

/** DOM id of the input of a field path ('name.first' → 'bf-name-first'), for labels and focus. */
export const fieldId = (path: string): string => `bf-${path.replace(/\./g, '-')}`;
