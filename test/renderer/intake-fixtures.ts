/** A desk database with a beneficiary, a file store and a settable clock, for the intake data tests. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { createFileStore, type FileStore } from '../../renderer/src/db/file-store';
import type { IntakeDeps } from '../../renderer/src/features/intake/data/deps';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import type { Role } from '../../shared/staff/roles';
import { completeNationalId } from '../../shared/registry/national-id';
import { DESK_ID, fakeDexieStorage, uniqueName } from './db-fixtures';

export const PASSWORD = 'a-long-storage-secret-for-tests';
export const DESK = { deskId: DESK_ID, deskCode: 'KD1' };
export const RECEPTIONIST = { id: 'staff-reception', roles: ['receptionist'] as Role[], unitIds: [] as string[] };
export const OFFICER = { id: 'staff-officer', roles: ['follow-up-officer'] as Role[], unitIds: ['social-research'] };
export const OTHER_OFFICER = { id: 'staff-officer-2', roles: ['follow-up-officer'] as Role[], unitIds: ['financial-aid'] };
export const LIAISON = { id: 'staff-liaison', roles: ['liaison-officer'] as Role[], unitIds: [] as string[] };

export type Clock = { at: Date };

export type IntakeDesk = {
  db: WaslDatabase;
  files: FileStore;
  clock: Clock;
  deps(actor?: IntakeDeps['actor']): IntakeDeps;
  beneficiary: BeneficiaryDoc;
  close(): Promise<void>;
};

export function beneficiaryDoc(overrides: Partial<BeneficiaryDoc> = {}): BeneficiaryDoc {
  const at = '2026-01-05T08:00:00.000Z';
  return {
    id: crypto.randomUUID(),
    fileNumber: 'KD1-2026-000001',
    name: { first: 'محمد', father: 'عبدالله', grandfather: 'سعد', family: 'الغامدي' },
    fullName: 'محمد عبدالله سعد الغامدي',
    nationalId: completeNationalId('100000001'),
    idKind: 'citizen',
    birthDate: '1980-05-17',
    gender: 'male',
    nationality: 'SA',
    maritalStatus: 'married',
    familyCount: 4,
    familyMembers: [],
    categoryKey: 'low-income-families',
    city: 'الرياض',
    district: 'النسيم',
    address: '',
    mobiles: ['+966551234567'],
    noMobileReason: '',
    preferredChannel: { channel: 'phone', subChannel: 'sms', address: '+966551234567' },
    consent: { purpose: 'تقديم الخدمات', givenAt: at, takenBy: RECEPTIONIST.id },
    notes: '',
    duplicateAcknowledgments: [],
    createdAt: at,
    createdBy: RECEPTIONIST.id,
    updatedAt: at,
    updatedBy: RECEPTIONIST.id,
    deskId: DESK_ID,
    ...overrides,
  };
}

/** Sunday 1 March 2026, 10:00 in Riyadh. */
export const START = new Date('2026-03-01T07:00:00.000Z');

export async function openIntakeDesk(start: Date = START): Promise<IntakeDesk> {
  const name = uniqueName('wasl-intake-');
  const db = await createWaslDatabase({ name, storage: fakeDexieStorage(), password: PASSWORD });
  const files = createFileStore({ secret: PASSWORD, name: `${name}-files`, indexedDB, IDBKeyRange });
  const clock: Clock = { at: start };
  const beneficiary = beneficiaryDoc();
  await db.beneficiaries.insert(beneficiary);
  return {
    db,
    files,
    clock,
    beneficiary,
    deps: (actor = RECEPTIONIST) => ({ db, actor, desk: DESK, now: () => clock.at, files }),
    close: async () => {
      files.close();
      await db.close();
    },
  };
}

/** A small real PDF header + body: enough for the type check, synthetic content. */
export function pdfBytes(label: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`%PDF-1.4\n% ${label}\n%%EOF\n`);
}

export async function auditActions(db: WaslDatabase, entityId: string): Promise<string[]> {
  const docs = await db.audit.find({ selector: { entityId }, sort: [{ at: 'asc' }] }).exec();
  // Entries written within one clock tick share `at`: compare as a sorted list.
  return docs.map((doc) => doc.action).sort();
}
