/**
 * One spreadsheet row as the registry form's input, so the row is checked by exactly the rules
 * a file typed at the counter is (shared/registry/beneficiary-input.ts): nothing is looser for
 * an import. Words people write in lists are read as the form's values: ذكر/أنثى, متزوج,
 * a category's label, "سعودي".
 */
import type { BeneficiaryFormInput } from '../registry/beneficiary-input';
import { arabicNameKey } from '../registry/arabic-name';
import { cellText, dateCell, type CellValue } from './cell-values';
import type { ColumnMapping } from './column-mapping';
import type { ImportField } from './import-fields';
import { splitFullName } from './name-split';

/** A catalog category: its key and the labels a list may use for it. */
export interface ImportCategory {
  readonly key: string;
  readonly labels: readonly string[];
}

export interface RowInputOptions {
  readonly categories: readonly ImportCategory[];
  /** The purpose the association collected these people's data for (policy: consent with purpose). */
  readonly consentPurpose: string;
  /** Why a row has no mobile (the form asks for one): the list did not hold it. */
  readonly noMobileReason: string;
}

const WORDS: Record<'gender' | 'maritalStatus', Record<string, readonly string[]>> = {
  gender: {
    male: ['ذكر', 'م', 'ذ', 'male', 'm'],
    female: ['انثي', 'ا', 'ان', 'female', 'f'],
  },
  maritalStatus: {
    single: ['اعزب', 'عزباء', 'single'],
    married: ['متزوج', 'متزوجه', 'married'],
    divorced: ['مطلق', 'مطلقه', 'divorced'],
    widowed: ['ارمل', 'ارمله', 'widowed', 'widow', 'widower'],
  },
};

/**
 * arabicNameKey of a cell's text, remembered: a list repeats a handful of words (ذكر, متزوجة, a
 * category) in every row, and folding them again for 10,000 rows was a measurable part of the dry run.
 */
const foldedWords = new Map<string, string>();
function fold(text: string): string {
  let folded = foldedWords.get(text);
  if (folded === undefined) {
    folded = arabicNameKey(text);
    if (foldedWords.size > 1000) foldedWords.clear();
    foldedWords.set(text, folded);
  }
  return folded;
}

function fromWords(kind: keyof typeof WORDS, text: string): string {
  const folded = fold(text);
  for (const [value, words] of Object.entries(WORDS[kind])) {
    if (value === text.trim() || words.includes(folded)) return value;
  }
  return text;
}

function categoryOf(text: string, categories: readonly ImportCategory[]): string {
  const folded = fold(text);
  const found = categories.find((category) => category.key === text.trim() || category.labels.some((label) => fold(label) === folded));
  return found?.key ?? text;
}

function nationalityOf(text: string): string {
  return ['سعودي', 'سعوديه', 'saudi', 'saudi arabia', 'السعوديه'].includes(fold(text)) ? 'SA' : text;
}

/**
 * The form input of one row. The agreed channel is a voice call on the first mobile, or an
 * interview at the association when the row has none (the form's own default); consent is the
 * purpose the person importing confirmed for the whole list.
 */
export function rowToFormInput(row: readonly CellValue[], mapping: ColumnMapping, options: RowInputOptions): BeneficiaryFormInput {
  const cell = (field: ImportField): CellValue | undefined => {
    const index = mapping.columns[field];
    return index === undefined ? undefined : row[index];
  };
  const text = (field: ImportField): string => {
    const index = mapping.columns[field];
    return index === undefined ? (mapping.defaults[field] ?? '') : cellText(row[index]).trim();
  };
  const split = mapping.columns.fullName !== undefined ? splitFullName(text('fullName')) : null;
  const name = split ?? { first: text('first'), father: text('father'), grandfather: text('grandfather'), family: text('family') };
  const born = dateCell(cell('birthDate'));
  const mobiles = [text('mobile'), text('mobile2')].filter((mobile) => mobile !== '');
  return {
    name,
    latinName: text('latinName'),
    nationalId: text('nationalId'),
    birthDate: born.text,
    birthDateCalendar: born.calendar,
    gender: fromWords('gender', text('gender')),
    nationality: nationalityOf(text('nationality')),
    maritalStatus: fromWords('maritalStatus', text('maritalStatus')),
    familyCount: text('familyCount'),
    familyMembers: [],
    categoryKey: categoryOf(text('categoryKey'), options.categories),
    city: text('city'),
    district: text('district'),
    address: text('address'),
    mobiles,
    noMobileReason: mobiles.length === 0 ? options.noMobileReason : '',
    preferredChannel: mobiles.length > 0
      ? { channel: 'phone', subChannel: 'voice-call', address: '' }
      : { channel: 'in-person', subChannel: 'interview', address: '' },
    consent: { given: true, purpose: options.consentPurpose },
    notes: text('notes'),
  };
}
