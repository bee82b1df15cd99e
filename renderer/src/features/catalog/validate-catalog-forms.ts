/**
 * The catalog forms' field rules, taken from the shared validators: what one form can say about its
 * own fields is shown on them; what needs the rest of the table (two holidays sharing a day, a
 * version to append, an empty checklist) is refused by the save and listed above the table.
 */
import { validateHolidayTable, type HolidayRange } from '@shared/calendar/holidays';
import { validateRequestType } from '@shared/intake/request-type';
import { err, ok, type FieldErrors, type Result } from '@shared/result';

type HolidayField = 'nameAr' | 'nameEn' | 'start' | 'end' | 'kind';
const HOLIDAY_FIELDS: readonly string[] = ['nameAr', 'nameEn', 'start', 'end', 'kind'] satisfies HolidayField[];

export function validateHolidayFields(range: HolidayRange): Result<HolidayRange, FieldErrors<HolidayField>> {
  const errors: FieldErrors<HolidayField> = {};
  for (const error of validateHolidayTable([range])) {
    if (error.field && HOLIDAY_FIELDS.includes(error.field)) errors[error.field as HolidayField] ??= error.code;
  }
  return Object.keys(errors).length > 0 ? err(errors) : ok(range);
}

export type RequestTypeForm = { id: string; nameAr: string; nameEn: string; unitId: string; eligibilityAr: string; eligibilityEn: string };
type RequestTypeField = 'id' | 'nameAr' | 'nameEn' | 'unitId';
const TYPE_FIELD_OF: Readonly<Record<string, RequestTypeField>> = {
  'request-type.id-required': 'id',
  'request-type.name-ar-required': 'nameAr',
  'request-type.name-en-required': 'nameEn',
  'request-type.unit-required': 'unitId',
};

export function validateRequestTypeFields(form: RequestTypeForm): Result<RequestTypeForm, FieldErrors<RequestTypeField>> {
  const errors: FieldErrors<RequestTypeField> = {};
  // The checklist and the version are the save's to judge: only the type's own fields here.
  for (const { code } of validateRequestType({ ...form, version: 1, requirements: [] })) {
    const field = TYPE_FIELD_OF[code];
    if (field) errors[field] ??= code;
  }
  return Object.keys(errors).length > 0 ? err(errors) : ok(form);
}
