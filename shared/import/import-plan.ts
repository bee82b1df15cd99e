/**
 * The dry run: every row checked by the registry's own rules, then against the other rows of the
 * file and the files already in the registry, each row with its reasons. Nothing is written here;
 * the renderer looks the candidates up in the desk's blind index and passes them in.
 *
 * Verdicts (policy 3.3, one person one file):
 * - duplicate: the same national ID as a file in the registry or an earlier row: never imported.
 * - skip: a possible duplicate (same name and birth date, or a shared mobile), which the counter
 *   would ask a person to acknowledge; imported only when the person importing says so for all.
 * - invalid: a field the registry refuses; the rejected-rows file says which and why.
 * - add: everything else.
 */
import { validateBeneficiaryInput, type NormalizedBeneficiary } from '../registry/beneficiary-input';
import { decideDuplicates, type ExistingFile } from '../registry/duplicates';
import type { CellValue } from './cell-values';
import type { ColumnMapping } from './column-mapping';
import { rowToFormInput, type RowInputOptions } from './row-input';

/** A data row of the sheet: its row number as the spreadsheet shows it, and its cells. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/** One reason, as an i18n key with what it names (a field, a row, a file number). */
export interface RowReason {
  readonly key: string;
  readonly field?: string;
  readonly row?: number;
  readonly fileNumber?: string;
}

/** A row whose fields the registry accepts, with the id its file will have. */
export interface ValidRow {
  readonly row: number;
  readonly id: string;
  readonly value: NormalizedBeneficiary;
}

export type RowVerdict =
  | { readonly kind: 'add'; readonly row: number; readonly id: string; readonly value: NormalizedBeneficiary; readonly acknowledged: readonly Acknowledged[] }
  | { readonly kind: 'skip' | 'duplicate'; readonly row: number; readonly reasons: readonly RowReason[] }
  | { readonly kind: 'invalid'; readonly row: number; readonly reasons: readonly RowReason[] };

/** A possible duplicate the person importing acknowledged for the whole list. */
export interface Acknowledged {
  readonly fileId: string;
  readonly reason: string;
}

export interface ImportSummary {
  readonly add: number;
  readonly skip: number;
  readonly invalid: number;
  readonly duplicate: number;
}

export interface CheckOptions extends RowInputOptions {
  readonly todayIso: string;
  readonly categoryKeys: readonly string[];
  /** A fresh id per valid row (crypto.randomUUID in the app), passed in to keep this pure. */
  readonly newId: () => string;
}

/** Step one: each row through the form's validator. */
export function checkRows(rows: readonly SheetRow[], mapping: ColumnMapping, options: CheckOptions): { valid: ValidRow[]; invalid: RowVerdict[] } {
  const valid: ValidRow[] = [];
  const invalid: RowVerdict[] = [];
  const wholeName = mapping.columns.fullName !== undefined;
  for (const { row, cells } of rows) {
    const input = rowToFormInput(cells, mapping, options);
    const result = validateBeneficiaryInput(input, { todayIso: options.todayIso, categoryKeys: options.categoryKeys });
    if (result.ok) {
      valid.push({ row, id: options.newId(), value: result.value });
      continue;
    }
    const nameMissing = wholeName && input.name.first === '' && input.name.father === '' && input.name.family === '';
    const reasons = Object.entries(result.error).flatMap(([field, code]): RowReason[] => {
      if (nameMissing && field.startsWith('name.')) return [];
      return [{ key: `errors.${code ?? ''}`, field }];
    });
    if (nameMissing) reasons.unshift({ key: 'import.reason.name-incomplete', field: 'name' });
    invalid.push({ kind: 'invalid', row, reasons });
  }
  return { valid, invalid };
}

/** A registry file found in the blind index for some row, decrypted, with its file number. */
export interface RegistryFile extends ExistingFile {
  readonly fileNumber: string;
}

/**
 * Step two: duplicates, against the registry first (the file already exists), then against the
 * earlier rows of the same file. Only files that share a key with a row are compared with it.
 */
export function decideRows(valid: readonly ValidRow[], registry: readonly RegistryFile[], includePossible: boolean): RowVerdict[] {
  const known = new KeyedFiles<RegistryFile>();
  registry.forEach((file) => known.add(file));
  const earlier = new KeyedFiles<ExistingFile & { row: number }>();
  return valid.map(({ row, id, value }) => {
    const candidate = { nationalId: value.nationalId, nameKey: value.nameKey, birthDate: value.birthDate, mobiles: value.mobiles };
    const inRegistry = decideDuplicates(candidate, known.near(candidate));
    const inFile = decideDuplicates(candidate, earlier.near(candidate));
    earlier.add({ ...candidate, fileId: id, row });
    const fileNumber = (fileId: string) => known.byId.get(fileId)?.fileNumber ?? '';
    const rowOf = (fileId: string) => earlier.byId.get(fileId)?.row ?? 0;
    const blocking = [
      ...inRegistry.blocking.map((b) => ({ key: 'import.reason.same-id-in-registry', fileNumber: fileNumber(b.fileId) })),
      ...inFile.blocking.map((b) => ({ key: 'import.reason.same-id-in-file', row: rowOf(b.fileId) })),
    ];
    if (blocking.length > 0) return { kind: 'duplicate', row, reasons: blocking };
    const warnings = [...inRegistry.warnings, ...inFile.warnings];
    if (warnings.length === 0 || includePossible) {
      return { kind: 'add', row, id, value, acknowledged: warnings.map((w) => ({ fileId: w.fileId, reason: w.reason })) };
    }
    const reasons = [
      ...inRegistry.warnings.map((w) => ({ key: `import.reason.${w.reason}-registry`, fileNumber: fileNumber(w.fileId) })),
      ...inFile.warnings.map((w) => ({ key: `import.reason.${w.reason}-file`, row: rowOf(w.fileId) })),
    ];
    return { kind: 'skip', row, reasons };
  });
}

/** Files by the keys a duplicate can share: national ID, name key + birth date, each mobile. */
class KeyedFiles<F extends ExistingFile> {
  readonly byId = new Map<string, F>();
  private readonly byKey = new Map<string, F[]>();

  add(file: F): void {
    this.byId.set(file.fileId, file);
    for (const key of keysOf(file)) {
      const files = this.byKey.get(key);
      if (files) files.push(file);
      else this.byKey.set(key, [file]);
    }
  }

  near(candidate: Omit<ExistingFile, 'fileId'>): F[] {
    return [...new Set(keysOf(candidate).flatMap((key) => this.byKey.get(key) ?? []))];
  }
}

function keysOf(file: Omit<ExistingFile, 'fileId'>): string[] {
  return [
    ...(file.nationalId !== '' ? [`id:${file.nationalId}`] : []),
    ...(file.nameKey !== '' && file.birthDate !== '' ? [`nb:${file.nameKey}|${file.birthDate}`] : []),
    ...file.mobiles.map((mobile) => `m:${mobile}`),
  ];
}

export function summarise(verdicts: readonly RowVerdict[]): ImportSummary {
  const count = (kind: RowVerdict['kind']) => verdicts.filter((verdict) => verdict.kind === kind).length;
  return { add: count('add'), skip: count('skip'), invalid: count('invalid'), duplicate: count('duplicate') };
}
