/** Request checklists and notes, and interaction summaries, are encrypted at rest in IndexedDB. */
import { indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { logInteraction, startIntake, updateDraft } from '../../renderer/src/features/intake/data';
import { openIntakeDesk, type IntakeDesk } from './intake-fixtures';

let desk: IntakeDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

async function dumpAll(): Promise<string> {
  const parts: string[] = [];
  for (const info of await indexedDB.databases()) {
    const db = await request(indexedDB.open(info.name ?? ''));
    for (const store of [...db.objectStoreNames]) {
      const values = await request(db.transaction(store, 'readonly').objectStore(store).getAll());
      parts.push(JSON.stringify(values));
    }
    db.close();
  }
  return parts.join('\n');
}

describe('intake encryption at rest', () => {
  it('keeps checklist values, notes and contact summaries out of IndexedDB in clear', async () => {
    desk = await openIntakeDesk();
    const started = await startIntake(desk.deps(), desk.beneficiary.id, 'monthly-financial-aid');
    if (!started.ok) throw new Error(started.error.code);
    const saved = await updateDraft(desk.deps(), started.value.id, { notes: 'ملاحظة سرية للغاية', checklist: { 'monthly-income': { value: 'INCOME-7342-SAR' } } });
    expect(saved.ok).toBe(true);
    const logged = await logInteraction(desk.deps(), { beneficiaryId: desk.beneficiary.id, requestId: started.value.id, channel: 'phone', subChannel: 'voice-call', direction: 'outbound', subject: 'متابعة', summary: 'ملخص المكالمة الخاص' });
    expect(logged.ok).toBe(true);

    const dump = await dumpAll();
    expect(dump).toContain(started.value.requestNumber); // the dump really holds the request
    expect(dump).toContain('متابعة'); // the subject is not encrypted (it titles the timeline)
    for (const secret of ['ملاحظة سرية للغاية', 'INCOME-7342-SAR', 'ملخص المكالمة الخاص']) expect(dump).not.toContain(secret);
  });
});
