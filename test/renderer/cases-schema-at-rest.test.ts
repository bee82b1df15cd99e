/**
 * The cases collection on the desk's real database (encrypted Dexie on fake-indexeddb, schema validated):
 * a case from the shared rules stores and reads back unchanged through every stage (resolution and all),
 * and what is personal (description, complainant, proposed link, resolution) never lies in IndexedDB in clear.
 */
import { indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { caseTombstone } from '@shared/accounts/case-sync-rules';
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import { newCase } from '@shared/cases/case-input';
import { recordContact, recordResponse } from '@shared/cases/case-loop';
import { transition, type CaseMove } from '@shared/cases/case-transition';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { completeNationalId } from '@shared/registry/national-id';
import { openIntakeDesk, type IntakeDesk } from './intake-fixtures';

let desk: IntakeDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const ADMIN = { id: 'staff-admin', roles: ['admin'] as const };
const CONTEXT = { holidays: [], clocks: DEFAULT_CASE_CLOCKS };
const step = (doc: CaseDoc, move: CaseMove, at: string): CaseDoc => {
  const result = transition(doc, move, { ...ADMIN, roles: [...ADMIN.roles] }, at, CONTEXT);
  if (!result.ok) throw new Error(result.error.code);
  return result.value.doc;
};

function webCase(): CaseDoc {
  const made = newCase({
    kind: 'complaint', category: 'staff-conduct', description: 'DESC-سرّي-4471', beneficiaryId: '',
    complainant: { name: 'NAME-ريم-5521', mobile: '0551112233', email: 'reem.5521@example.org' },
    proposedLink: { nationalId: completeNationalId('109876543'), mobile: '0551112233' },
    channel: 'website-email', subChannel: 'web-form', replyChannel: 'phone', replySubChannel: 'sms', priority: 'high',
    domain: '', concernsStaffIds: ['staff-x'], sensitive: false, attachments: [], checkCodeHash: 'a'.repeat(64),
  }, { id: 'case-at-rest-1', caseNumber: 'WEB-C2026-000042', now: '2026-03-01T06:00:00Z', actorId: 'server', deskId: 'web', source: 'web', holidays: [], clocks: DEFAULT_CASE_CLOCKS });
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  return made.value;
}

async function dumpAll(): Promise<string> {
  const parts: string[] = [];
  for (const info of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(info.name ?? '');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    for (const store of [...db.objectStoreNames]) {
      const all = db.transaction(store, 'readonly').objectStore(store).getAll();
      parts.push(JSON.stringify(await new Promise((resolve) => (all.onsuccess = () => resolve(all.result)))));
    }
    db.close();
  }
  return parts.join('\n');
}

describe('cases at rest', () => {
  it('store and read back unchanged at every stage, the personal fields encrypted', async () => {
    desk = await openIntakeDesk();
    let doc = webCase();
    await desk.db.cases.insert(doc);
    doc = step(step(doc, { to: 'assigned', officerId: 'officer-1', unitId: 'follow-up' }, '2026-03-01T07:00:00Z'), { to: 'in-progress' }, '2026-03-01T08:00:00Z');
    doc = step(step(doc, { to: 'waiting-for-complainant', reason: 'طلبنا التفاصيل' }, '2026-03-02T07:00:00Z'), { to: 'in-progress' }, '2026-03-03T07:00:00Z');
    doc = step(doc, { to: 'resolved', resolution: { mode: 'amicable', agreement: 'AGREED-اتفاق-9931' } }, '2026-03-04T07:00:00Z');
    const told = recordContact(doc, { channel: 'phone', subChannel: 'sms', reached: true }, { id: 'officer-1', roles: ['liaison-officer'] }, '2026-03-04T08:00:00Z');
    if (!told.ok) throw new Error(told.error.code);
    doc = step(told.value, { to: 'informed' }, '2026-03-04T09:00:00Z');
    const accepted = recordResponse(doc, 'accepts', { id: 'officer-1', roles: ['liaison-officer'] });
    if (!accepted.ok) throw new Error(accepted.error.code);
    doc = step(accepted.value, { to: 'closed' }, '2026-03-05T07:00:00Z');
    const stored = await desk.db.cases.findOne(doc.id).exec();
    await stored?.incrementalModify(() => doc);
    expect((await desk.db.cases.findOne(doc.id).exec())?.toMutableJSON()).toEqual(doc);

    const dump = await dumpAll();
    expect(dump).toContain('WEB-C2026-000042');
    for (const secret of ['DESC-سرّي-4471', 'NAME-ريم-5521', 'reem.5521', '+966551112233', completeNationalId('109876543'), 'AGREED-اتفاق-9931']) {
      expect(dump).not.toContain(secret);
    }
  });

  it('takes the tombstone the server sends for a case leaving the desk (schema-valid, nothing of the case)', async () => {
    desk = await openIntakeDesk();
    const { _deleted: _flag, ...fields } = caseTombstone('case-gone-1');
    await desk.db.cases.insert(fields as CaseDoc);
    expect((await desk.db.cases.findOne('case-gone-1').exec())?.status).toBe('closed');
  });
});
