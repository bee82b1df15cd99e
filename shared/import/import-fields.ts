/**
 * The registry fields a spreadsheet column can fill, and the headers each is recognised by.
 * Associations keep their lists in Arabic or English, with the name in one column or in its
 * four parts; headers are compared after folding (arabicNameKey: hamza forms, ta marbuta,
 * tashkeel, spaces), so "رقم الهويه" and "رقم الهوية" are the same header.
 */
import { arabicNameKey } from '../registry/arabic-name';
import { stripInvisible } from '../registry/text-normalize';

export const IMPORT_FIELDS = [
  'nationalId', 'fullName', 'first', 'father', 'grandfather', 'family', 'latinName', 'birthDate', 'gender',
  'nationality', 'maritalStatus', 'familyCount', 'categoryKey', 'city', 'district', 'address', 'mobile',
  'mobile2', 'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Fields a row cannot do without: each must come from a column or a value given for every row.
 * The name comes either whole (fullName) or in parts (first, father, family), see mapping.ts.
 */
export const FIELDS_WITH_DEFAULT: readonly ImportField[] = ['gender', 'maritalStatus', 'familyCount', 'categoryKey', 'city', 'district'];

/** Headers per field, as people write them; folded before comparison. */
const HEADERS: Record<ImportField, readonly string[]> = {
  nationalId: ['رقم الهوية', 'الهوية', 'رقم الهوية الوطنية', 'الهوية الوطنية', 'رقم الإقامة', 'الإقامة', 'رقم الهوية/الإقامة', 'السجل المدني', 'رقم السجل المدني', 'national id', 'id number', 'iqama', 'national id/iqama', 'id'],
  fullName: ['الاسم', 'الاسم الكامل', 'اسم المستفيد', 'الاسم الرباعي', 'اسم المستفيد الرباعي', 'name', 'full name', 'beneficiary name', 'arabic name'],
  first: ['الاسم الأول', 'الأول', 'first name', 'first'],
  father: ['اسم الأب', 'الأب', "father's name", 'father name', 'father'],
  grandfather: ['اسم الجد', 'الجد', "grandfather's name", 'grandfather name', 'grandfather'],
  family: ['اسم العائلة', 'العائلة', 'القبيلة', 'اللقب', 'family name', 'family', 'last name', 'surname'],
  latinName: ['الاسم بالإنجليزية', 'الاسم بالانجليزي', 'english name', 'latin name', 'name in english'],
  birthDate: ['تاريخ الميلاد', 'الميلاد', 'تاريخ الميلاد هجري', 'تاريخ الميلاد الهجري', 'تاريخ الميلاد ميلادي', 'birth date', 'date of birth', 'dob', 'birthdate'],
  gender: ['الجنس', 'النوع', 'gender', 'sex'],
  nationality: ['الجنسية', 'nationality'],
  maritalStatus: ['الحالة الاجتماعية', 'الحالة الإجتماعية', 'marital status'],
  familyCount: ['عدد أفراد الأسرة', 'عدد الأفراد', 'أفراد الأسرة', 'عدد افراد الاسرة', 'family size', 'family count', 'household size'],
  categoryKey: ['الفئة', 'التصنيف', 'فئة المستفيد', 'category'],
  city: ['المدينة', 'city'],
  district: ['الحي', 'district', 'neighbourhood', 'neighborhood'],
  address: ['العنوان', 'العنوان الوطني', 'address'],
  mobile: ['الجوال', 'رقم الجوال', 'الهاتف', 'رقم الهاتف', 'الجوال 1', 'جوال', 'mobile', 'mobile number', 'phone', 'phone number', 'mobile 1'],
  mobile2: ['جوال آخر', 'الجوال 2', 'جوال 2', 'رقم جوال آخر', 'mobile 2', 'other mobile', 'second mobile'],
  notes: ['ملاحظات', 'الملاحظات', 'notes', 'remarks'],
};

/** A header folded for comparison: Arabic folding (arabicNameKey) and lower-case Latin. */
export function foldHeader(header: string): string {
  const text = stripInvisible(header).replace(/[_:*]+/g, ' ').trim().toLowerCase();
  return arabicNameKey(text).replace(/\s+/g, ' ');
}

const BY_HEADER: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((field) => HEADERS[field].map((header): [string, ImportField] => [foldHeader(header), field])),
);

/** The field a header names, or null when it is not one the app knows. */
export function recogniseHeader(header: string): ImportField | null {
  const folded = foldHeader(header);
  return folded === '' ? null : (BY_HEADER.get(folded) ?? null);
}
