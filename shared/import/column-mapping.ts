/**
 * Which column fills which registry field, and the value given for every row where the file has
 * no column (a list of one category, one city). Recognised from the headers first, adjusted by
 * hand, and saved by header text, so next month's file with its columns in another order maps
 * the same way.
 */
import { FIELDS_WITH_DEFAULT, IMPORT_FIELDS, foldHeader, recogniseHeader, type ImportField } from './import-fields';

export interface ColumnMapping {
  /** Column index (0-based) per field; a field absent here is not in the file. */
  readonly columns: Partial<Record<ImportField, number>>;
  /** The value for every row of a field that has no column. */
  readonly defaults: Partial<Record<ImportField, string>>;
}

/** A mapping as saved for next time: header text instead of a column index. */
export interface SavedMapping {
  readonly headers: Partial<Record<ImportField, string>>;
  readonly defaults: Partial<Record<ImportField, string>>;
}

/** The mapping the headers alone give: each recognised header's field, the first column winning. */
export function recogniseColumns(headers: readonly string[]): ColumnMapping {
  const columns: Partial<Record<ImportField, number>> = {};
  headers.forEach((header, index) => {
    const field = recogniseHeader(header);
    if (field !== null && columns[field] === undefined) columns[field] = index;
  });
  // A second mobile column with the first's header ("الجوال" twice) is the other mobile.
  if (columns.mobile !== undefined && columns.mobile2 === undefined) {
    const again = headers.findIndex((header, index) => index !== columns.mobile && recogniseHeader(header) === 'mobile');
    if (again >= 0) columns.mobile2 = again;
  }
  return { columns, defaults: {} };
}

/**
 * The saved mapping applied to this file's headers; fields whose saved header is not in the file
 * fall back to recognition, so a saved mapping never hides a column the app knows.
 */
export function applySavedMapping(headers: readonly string[], saved: SavedMapping | null): ColumnMapping {
  const recognised = recogniseColumns(headers);
  if (!saved) return recognised;
  const folded = headers.map(foldHeader);
  const columns = { ...recognised.columns };
  for (const field of IMPORT_FIELDS) {
    const header = saved.headers[field];
    const index = header === undefined ? -1 : folded.indexOf(foldHeader(header));
    if (index >= 0) {
      for (const other of IMPORT_FIELDS) if (columns[other] === index) delete columns[other];
      columns[field] = index;
    }
  }
  return { columns, defaults: { ...saved.defaults } };
}

export function toSavedMapping(headers: readonly string[], mapping: ColumnMapping): SavedMapping {
  const saved: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const index = mapping.columns[field];
    const header = index === undefined ? undefined : headers[index];
    if (header !== undefined && header.trim() !== '') saved[field] = header;
  }
  return { headers: saved, defaults: { ...mapping.defaults } };
}

/** Why a mapping cannot be used yet: an i18n key under `import.mapping.` per missing piece. */
export type MappingGap = 'national-id' | 'name' | `default.${ImportField}`;

/**
 * What the mapping still lacks: the ID column, a name (whole or its first, father and family
 * parts), and for each field every file must hold, a column or a value for every row.
 */
export function mappingGaps(mapping: ColumnMapping): MappingGap[] {
  const has = (field: ImportField) => mapping.columns[field] !== undefined;
  const gaps: MappingGap[] = [];
  if (!has('nationalId')) gaps.push('national-id');
  if (!has('fullName') && !(has('first') && has('father') && has('family'))) gaps.push('name');
  for (const field of FIELDS_WITH_DEFAULT) {
    if (!has(field) && (mapping.defaults[field] ?? '').trim() === '') gaps.push(`default.${field}`);
  }
  return gaps;
}

/** Checks a stored value before use: a damaged saved mapping is ignored, not trusted. */
export function isSavedMapping(value: unknown): value is SavedMapping {
  if (typeof value !== 'object' || value === null) return false;
  const { headers, defaults } = value as Record<string, unknown>;
  const strings = (record: unknown) =>
    typeof record === 'object' && record !== null &&
    Object.entries(record).every(([key, text]) => (IMPORT_FIELDS as readonly string[]).includes(key) && typeof text === 'string');
  return strings(headers) && strings(defaults);
}
