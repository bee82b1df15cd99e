/**
 * The dry run over a read sheet: the shared checks (shared/import/import-plan.ts) with the
 * catalog's categories and the registry's candidates found through the desk's blind index in a
 * few bulk queries. Reads only: nothing is written until the person importing confirms.
 */
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { ColumnMapping } from '@shared/import/column-mapping';
import { checkRows, decideRows, summarise, type RegistryFile, type RowVerdict, type ValidRow } from '@shared/import/import-plan';
import type { ImportCategory } from '@shared/import/row-input';
import { nameKeyOfParts } from '@shared/registry/name-parts';
import type { ImportDeps } from './deps';
import type { Sheet } from './read-sheet';

export interface ListWording {
  /** The purpose the association holds this list's consent for (confirmed on the mapping screen). */
  consentPurpose: string;
  /** Why a row has no mobile: the list did not hold one. */
  noMobileReason: string;
}

/** The rows checked, and the registry files they were compared with: enough to decide again when "include possible duplicates" changes. */
export interface DryRun {
  valid: ValidRow[];
  invalid: RowVerdict[];
  registry: RegistryFile[];
}

export async function importCategories(deps: Pick<ImportDeps, 'db'>): Promise<ImportCategory[]> {
  const docs = await deps.db.catalog.find({ selector: { kind: 'beneficiary-category' } }).exec();
  return docs.filter((doc) => doc.active).map((doc) => ({ key: doc.key, labels: [doc.labelAr, doc.labelEn] }));
}

export async function dryRun(deps: ImportDeps, sheet: Sheet, mapping: ColumnMapping, wording: ListWording): Promise<DryRun> {
  const categories = await importCategories(deps);
  const { valid, invalid } = checkRows(sheet.rows, mapping, {
    ...wording,
    categories,
    categoryKeys: categories.map((category) => category.key),
    todayIso: riyadhDateOf(deps.now().getTime()),
    newId: () => crypto.randomUUID(),
  });
  const ids = await deps.index.findCandidates({
    nationalIds: valid.map((row) => row.value.nationalId),
    mobiles: valid.flatMap((row) => row.value.mobiles),
    nameBirth: valid.map((row) => ({ nameKey: row.value.nameKey, birthDate: row.value.birthDate })),
  });
  const found = ids.length > 0 ? await deps.db.beneficiaries.findByIds(ids).exec() : new Map();
  const registry: RegistryFile[] = [...found.values()]
    .map((doc) => doc.toJSON())
    // A merged file is not a duplicate: its survivor is (as at the counter).
    .filter((doc) => !doc.mergedInto)
    .map((doc) => ({ fileId: doc.id, fileNumber: doc.fileNumber, nationalId: doc.nationalId, nameKey: nameKeyOfParts(doc.name), birthDate: doc.birthDate, mobiles: doc.mobiles }));
  return { valid, invalid, registry };
}

/** The verdict of every row in sheet order, and the summary. */
export function verdictsOf(run: DryRun, includePossible: boolean): { verdicts: RowVerdict[]; summary: ReturnType<typeof summarise> } {
  const verdicts = [...decideRows(run.valid, run.registry, includePossible), ...run.invalid].sort((a, b) => a.row - b.row);
  return { verdicts, summary: summarise(verdicts) };
}
