/**
 * Queueing notices on the desk (real RxDB over Dexie, encrypted): the entry written offline, refusals
 * that write nothing, the state read off the server's delivery entries, and the interactions
 * schema v0 -> v1 (old entries become contacts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RxCollection } from 'rxdb/plugins/core';
import { firstValueFrom } from 'rxjs';
import { openDatabase } from '../../renderer/src/db/database';
import { confirmWhatsappSent, queueNotice } from '../../renderer/src/features/outbox/data/queue-notice';
import { watchNotices } from '../../renderer/src/features/outbox/data/watch-notices';
import { COLLECTIONS } from '../../shared/db/collections';
import type { CollectionSchema } from '../../shared/db/schema-types';
import type { InteractionDoc } from '../../shared/db/schemas/interaction.schema';
import { DESK_ID, fakeDexieStorage, uniqueName } from './db-fixtures';
import { auditActions, openIntakeDesk, PASSWORD, type IntakeDesk } from './intake-fixtures';

let desk: IntakeDesk | null = null;
const toClose: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await desk?.close();
  desk = null;
  await Promise.all(toClose.splice(0).map((db) => db.close()));
});

const record = { kind: 'request', id: 'c0ffee00-0000-4000-8000-0000000000aa' };
const sms = (text = 'تم استلام طلبكم رقم KD1-R2026-000001 مكتملاً. جمعية كادي') => ({ record, requestId: record.id, subChannel: 'sms', address: '0551234567', subject: 'طلبكم', text });

describe('queueing a notice on the desk', () => {
  it('writes a notice entry (normalized address, who queued it, the record it concerns) and its audit line', async () => {
    desk = await openIntakeDesk();
    const deps = desk.deps();
    const queued = await queueNotice(deps, { ...sms(), beneficiaryId: desk.beneficiary.id, urgent: true });
    expect(queued.ok).toBe(true);
    const stored = (await desk.db.interactions.findOne(queued.ok ? queued.value.id : '').exec())?.toMutableJSON();
    expect(stored).toMatchObject({ kind: 'notice', channel: 'phone', subChannel: 'sms', address: '+966551234567', urgent: true, recordKind: 'request', recordId: record.id, requestId: record.id, staffId: 'staff-reception', deskId: DESK_ID });
    expect(await auditActions(desk.db, stored?.id ?? '')).toEqual(['notice.queue']);
    const rows = await firstValueFrom(watchNotices(deps, desk.beneficiary.id, record.id));
    expect(rows.map((row) => row.state)).toEqual(['queued']);
  });

  it('refuses a bad mobile, a bad e-mail, an SMS past five segments, an unknown beneficiary: nothing written', async () => {
    desk = await openIntakeDesk();
    const deps = desk.deps();
    const beneficiaryId = desk.beneficiary.id;
    expect(await queueNotice(deps, { ...sms(), beneficiaryId, address: '0112345678' })).toEqual({ ok: false, error: 'outbox.mobile-invalid' });
    expect(await queueNotice(deps, { ...sms(), beneficiaryId, subChannel: 'email', address: 'someone@' })).toEqual({ ok: false, error: 'outbox.email-invalid' });
    expect(await queueNotice(deps, { ...sms('س'.repeat(336)), beneficiaryId })).toEqual({ ok: false, error: 'outbox.too-many-segments' });
    expect(await queueNotice(deps, { ...sms(), beneficiaryId: 'nobody' })).toEqual({ ok: false, error: 'outbox.beneficiary-not-found' });
    expect(await desk.db.interactions.count().exec()).toBe(0);
  });

  it('shows the state the server wrote back: the latest delivery entry, failed ones with their reason', async () => {
    desk = await openIntakeDesk();
    const deps = desk.deps();
    const beneficiaryId = desk.beneficiary.id;
    const one = await queueNotice(deps, { ...sms(), beneficiaryId });
    const two = await queueNotice(deps, { ...sms(), beneficiaryId, subChannel: 'email', address: 'x@example.org' });
    if (!one.ok || !two.ok) throw new Error('queued');
    const outcome = (notice: InteractionDoc, state: string, at: string, reason = ''): InteractionDoc => ({
      ...notice, id: crypto.randomUUID(), kind: 'delivery', noticeId: notice.id, deliveryState: state as InteractionDoc['deliveryState'], reason, summary: '', address: '', at, updatedAt: at, updatedBy: 'server', deskId: 'server', staffId: 'server',
    });
    await desk.db.interactions.bulkInsert([
      outcome(one.value, 'sent', '2026-03-01T07:01:00.000Z'),
      outcome(one.value, 'delivered', '2026-03-01T07:02:00.000Z'),
      outcome(two.value, 'failed', '2026-03-01T07:01:00.000Z', '550 5.1.1 User unknown'),
    ]);
    const rows = await firstValueFrom(watchNotices(deps, beneficiaryId));
    expect(Object.fromEntries(rows.map((row) => [row.notice.subChannel, [row.state, row.reason]]))).toEqual({ sms: ['delivered', ''], email: ['failed', '550 5.1.1 User unknown'] });
  });

  it('logs a WhatsApp message the staff member confirmed as an outbound contact', async () => {
    desk = await openIntakeDesk();
    const logged = await confirmWhatsappSent(desk.deps(), { record, requestId: record.id, beneficiaryId: desk.beneficiary.id, address: '0551234567', subject: 'طلبكم', text: 'نص الرسالة' });
    expect(logged.ok && logged.value).toMatchObject({ kind: 'contact', channel: 'phone', subChannel: 'whatsapp', direction: 'outbound', summary: 'نص الرسالة' });
  });
});

describe('interactions schema v0 -> v1', () => {
  it('keeps a stored contact and marks it a contact', async () => {
    const name = uniqueName('wasl-interactions-v1-');
    const v1 = COLLECTIONS.interactions.schema;
    const { kind: _k, address: _a, urgent: _u, recordKind: _rk, recordId: _ri, noticeId: _n, deliveryState: _d, reason: _r, ...v0Properties } = v1.properties;
    const v0: CollectionSchema = { ...v1, version: 0, properties: v0Properties, encrypted: ['summary'] };
    const at = '2026-02-18T09:00:00.000Z';
    const old = { id: 'c0ffee00-0000-4000-8000-000000000010', beneficiaryId: 'b-1', requestId: '', channel: 'phone', subChannel: 'voice-call', direction: 'inbound', subject: 'استفسار', summary: 'سأل عن طلبه', staffId: 'staff-1', at, updatedAt: at, updatedBy: 'staff-1', deskId: DESK_ID };
    const before = await openDatabase<{ interactions: RxCollection<Record<string, unknown>> }>({ name, storage: fakeDexieStorage(), password: PASSWORD }, { interactions: { schema: v0, migrationStrategies: {} } });
    await before.interactions.insert(old);
    await before.close();
    const after = await openDatabase<{ interactions: RxCollection<InteractionDoc> }>({ name, storage: fakeDexieStorage(), password: PASSWORD }, { interactions: COLLECTIONS.interactions });
    toClose.push(after);
    expect((await after.interactions.findOne(old.id).exec())?.toJSON()).toEqual({ ...old, kind: 'contact' });
  });
});

describe('a beneficiary opting out of a channel', () => {
  it('refuses an SMS notice while opted out, and queues it again once opted back in', async () => {
    const { recordChannelChoice, watchOptOuts } = await import('../../renderer/src/features/outbox/data/channel-consent');
    desk = await openIntakeDesk();
    const deps = desk.deps();
    const beneficiaryId = desk.beneficiary.id;
    expect((await recordChannelChoice(deps, { beneficiaryId, subChannel: 'sms', optOut: true })).ok).toBe(true);
    expect(await firstValueFrom(watchOptOuts(deps, beneficiaryId))).toEqual({ sms: true, email: false });
    expect(await queueNotice(deps, { ...sms(), beneficiaryId })).toEqual({ ok: false, error: 'outbox.opted-out' });
    expect((await queueNotice(deps, { ...sms(), beneficiaryId, subChannel: 'email', address: 'x@example.org' })).ok).toBe(true);
    desk.clock.at = new Date(desk.clock.at.getTime() + 60_000);
    await recordChannelChoice(deps, { beneficiaryId, subChannel: 'sms', optOut: false });
    expect((await queueNotice(deps, { ...sms(), beneficiaryId })).ok).toBe(true);
  });
});
