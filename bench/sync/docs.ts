/**
 * Documents of the sync bench. The 100k initial set is bench/search's generator (realistic Saudi
 * name distribution, seeded, so the page can regenerate the very same documents for the raw
 * Dexie baseline). Load-test desks write new files of the same shape with ids, national IDs and
 * file numbers of their own, so the server's duplicate checks see distinct people.
 */
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { formatHumanNumber } from '../../shared/numbers/human-number';
import { completeNationalId } from '../../shared/registry/national-id';
import { generateDocs } from '../search/generate';

export const INITIAL_COUNT = 100_000;
export const INITIAL_SEED = 7;

export function initialDocs(count = INITIAL_COUNT): BeneficiaryDoc[] {
  return generateDocs(count, INITIAL_SEED);
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/**
 * The n-th new file of a desk (desk < 1000, n < 1e5). `template` gives the names etc.; the
 * timestamps are the write's own, as a desk would set them.
 */
export function deskDoc(template: BeneficiaryDoc, desk: number, n: number, deskCode: string, at: string): BeneficiaryDoc {
  return {
    ...template,
    id: `${hex(desk, 8)}-0000-4000-9000-${hex(n, 12)}`,
    fileNumber: formatHumanNumber('file', { deskCode, year: 2026, sequence: n + 1 }),
    nationalId: completeNationalId(String(150_000_000 + desk * 100_000 + n)),
    createdAt: at,
    updatedAt: at,
    createdBy: `bench-desk-${desk}`,
    updatedBy: `bench-desk-${desk}`,
    deskId: `bench-desk-${desk}`,
  };
}
