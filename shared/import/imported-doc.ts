/**
 * The stored file of one imported row: the same document a file saved at the counter is, plus
 * where it came from (importSource), so anyone can trace a file back to the list's row.
 */
import type { BeneficiaryDoc } from '../db/schemas/beneficiary.schema';
import { BENEFICIARY_LIMITS } from '../db/schemas/beneficiary.schema';
import type { NormalizedBeneficiary } from '../registry/beneficiary-input';
import type { Acknowledged } from './import-plan';

export interface ImportedDocContext {
  readonly id: string;
  readonly fileNumber: string;
  readonly actorId: string;
  readonly deskId: string;
  /** ISO instant of the import. */
  readonly at: string;
  readonly source: { importId: string; fileName: string; row: number };
  readonly acknowledged: readonly Acknowledged[];
}

/** The picked file's name as stored: at most the schema's length, never empty. */
export function storedFileName(name: string): string {
  const trimmed = [...name.trim()].slice(0, BENEFICIARY_LIMITS.importFileName).join('');
  return trimmed === '' ? '-' : trimmed;
}

export function importedDoc(value: NormalizedBeneficiary, context: ImportedDocContext): BeneficiaryDoc {
  const { nameKey: _nameKey, latinName, consent, ...fields } = value;
  return {
    ...fields,
    ...(latinName !== '' ? { latinName } : {}),
    id: context.id,
    fileNumber: context.fileNumber,
    consent: { purpose: consent.purpose, givenAt: context.at, takenBy: context.actorId },
    duplicateAcknowledgments: context.acknowledged.map((ack) => ({ fileId: ack.fileId, reason: ack.reason, by: context.actorId, at: context.at })),
    createdAt: context.at,
    createdBy: context.actorId,
    updatedAt: context.at,
    updatedBy: context.actorId,
    deskId: context.deskId,
    importSource: { ...context.source, fileName: storedFileName(context.source.fileName) },
  };
}
