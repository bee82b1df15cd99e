import { describe, expect, it } from 'vitest';
import { planErasure, type ChangedDoc } from '@shared/data-rights/anonymise';
import { ERASED_NATIONAL_ID, ERASED_TEXT } from '@shared/data-rights/erased-values';
import { COLLECTIONS } from '@shared/db/collections';
import { createCollectionRegistry } from '../../server/sync/collection-registry';
import { opened } from './compensation-fixtures';
import { AUDIT, CONFLICT, DRAFT_DECLARATION, INTERACTION, P, SIGNED_DECLARATION, hash, recordsOf } from './data-rights-fixtures';

const STAMP = { at: '2026-05-01T09:00:00Z', by: 'admin-1', deskId: 'RYD1' };
const registry = createCollectionRegistry(COLLECTIONS);
const person = () => recordsOf(P, { interactions: [INTERACTION], declarations: [SIGNED_DECLARATION, DRAFT_DECLARATION], audit: [AUDIT], conflicts: [CONFLICT] });
const plan = planErasure(person(), STAMP);
const changed = (collection: string, id: string): Record<string, unknown> => {
  const found = plan.changed.find((entry: ChangedDoc) => entry.collection === collection && entry.doc.id === id);
  if (!found) throw new Error(`${collection}/${id} unchanged`);
  return found.doc;
};
/** No personal value of the fixture survives anywhere in the written documents. */
const PERSONAL = ['سارة', 'Sara', '1234567890', '+966500000001', 's@example.org', 'شارع', 'النخيل', 'مريض', 'راتب', '3000', 'old-list', 'المستشفى', 'رأيي', 'سقف'];

describe('erasure as anonymisation (PDPL Art. 18): what each collection loses and keeps', () => {
  it('every anonymised document is still valid for its collection (the server and every desk accept the write)', () => {
    for (const { collection, doc } of plan.changed) expect(registry.get(collection)?.validate(doc), `${collection}/${doc.id}`).toBeNull();
    for (const { doc } of plan.changed) expect(doc).toMatchObject({ updatedAt: STAMP.at, updatedBy: STAMP.by, deskId: STAMP.deskId });
  });

  it('no personal value is left in any written document', () => {
    const written = JSON.stringify(plan.changed.map((entry) => entry.doc));
    for (const value of PERSONAL) expect(written, value).not.toContain(value);
  });

  it('beneficiaries: identity and contact removed; gender, nationality, category, city, family size, birth year, consent kept', () => {
    const doc = changed('beneficiaries', P);
    expect(doc).toMatchObject({ fullName: ERASED_TEXT, nationalId: ERASED_NATIONAL_ID, mobiles: [], address: '', notes: '', latinName: '', district: ERASED_TEXT });
    expect(doc).toMatchObject({ gender: 'female', nationality: 'SA', categoryKey: 'orphans', city: 'الرياض', familyCount: 3, birthDate: '1990-01-01', maritalStatus: 'married' });
    expect(doc.familyMembers).toEqual([{ name: ERASED_TEXT, relation: 'son' }]);
    expect(doc.importSource).toBeUndefined();
    expect(doc.consent).toEqual(recordsOf(P).beneficiary.consent);
    expect(doc.fileNumber).toBe('RYD1-2026-000001');
  });

  it('requests: checklist values, notes, reasons and scans removed; status history, units, provided flags kept', () => {
    const before = recordsOf(P).requests.find((doc) => doc.id === 'r1-day15');
    const doc = changed('requests', 'r1-day15');
    expect(doc.checklist).toEqual({ income: { provided: true, files: [] } });
    expect(doc.notes).toBe('');
    expect(doc.history).toEqual(before?.history.map((entry) => ({ ...entry, reason: '' })));
    expect(doc).toMatchObject({ status: before?.status, unitId: before?.unitId, requestType: before?.requestType });
    expect(plan.files).toContain(hash(1));
  });

  it('interactions: subject, summary and address removed; kind, channel, direction, when and by whom kept', () => {
    expect(changed('interactions', 'i1')).toMatchObject({ subject: ERASED_TEXT, summary: '', address: '', kind: 'notice', channel: 'sms', direction: 'outbound', at: INTERACTION.at, staffId: 's' });
  });

  it('declarations: a SIGNED one is kept whole and named; a draft loses its snapshot of the person and its scan', () => {
    expect(plan.changed.some((entry) => entry.doc.id === SIGNED_DECLARATION.id)).toBe(false);
    expect(plan.kept).toContainEqual({ collection: 'declarations', id: SIGNED_DECLARATION.id, number: SIGNED_DECLARATION.declarationNumber, reason: 'signed-declaration' });
    const draft = changed('declarations', DRAFT_DECLARATION.id) as typeof DRAFT_DECLARATION;
    expect(draft.snapshot.beneficiary).toMatchObject({ fullName: ERASED_TEXT, nationalId: ERASED_NATIONAL_ID, address: '', mobiles: [] });
    expect(draft.signature.image).toBeNull();
    expect(plan.files).toContain(hash(77));
  });

  it('a file a kept record points at is never deleted, even when an erased document names it too', () => {
    const signedPaper = { ...SIGNED_DECLARATION, signature: { method: 'paper-scan' as const, image: { sha256: hash(1), type: 'application/pdf', size: 10 }, signedAt: SIGNED_DECLARATION.signedAt } };
    const result = planErasure(recordsOf(P, { declarations: [signedPaper] }), STAMP);
    expect(result.files).not.toContain(hash(1));
    expect(result.files).toContain(hash(3));
  });

  it('cases: description, complainant, web link, resolution texts, reasons and attachments removed; kind, category, clock, history kept', () => {
    const before = recordsOf(P).cases.find((doc) => doc.id === 'c1-resolved');
    const doc = changed('cases', 'c1-resolved');
    expect(doc).toMatchObject({ description: ERASED_TEXT, complainant: { name: '', mobile: '', email: '' }, proposedLink: { nationalId: '', mobile: '' }, attachments: [] });
    expect(doc.resolution).toMatchObject({ agreement: '', summary: '', resolvedAt: before?.resolution?.resolvedAt, mode: 'decision' });
    expect(doc).toMatchObject({ kind: 'complaint', category: before?.category, startedAt: before?.startedAt, pauses: before?.pauses, acknowledgedAt: before?.acknowledgedAt });
    expect(plan.files).toContain(hash(50));
  });

  it('cases (compensation): minutes, decisions, settlement and payments kept and named; negotiation notes removed', () => {
    const compensation = opened({ beneficiaryId: P });
    const part = compensation.compensation;
    if (!part) throw new Error('fixture has no compensation part');
    const withNote = { ...compensation, compensation: { ...part, negotiation: [{ kind: 'offer' as const, text: 'عرض لسارة', amount: 100, interactionId: '', at: STAMP.at, by: 'm' }] } } as typeof compensation;
    const result = planErasure(recordsOf(P, { cases: [withNote] }), STAMP);
    const doc = result.changed.find((entry) => entry.doc.id === withNote.id)?.doc as typeof withNote;
    expect(doc.compensation).toEqual({ ...withNote.compensation, negotiation: [{ ...withNote.compensation?.negotiation[0], text: ERASED_TEXT }] });
    expect(result.kept).toContainEqual({ collection: 'cases', id: withNote.id, number: withNote.caseNumber, reason: 'compensation-record' });
  });

  it('surveys: free-text answers removed; choices, ratings and the score kept', () => {
    expect(changed('surveys', 'a1')).toMatchObject({ texts: { q3: '' }, choices: { q1: ['yes'] }, numbers: { q2: 4 }, score: 80, unitId: 'social' });
  });

  it('visits: purpose, findings, notes, photos (files), action texts and reasons removed; type, dates, results, statuses kept', () => {
    const doc = changed('visits', 'v4');
    expect(doc).toMatchObject({ purpose: '', findings: '', photos: [], visitType: 'home', plannedDate: '2026-03-15' });
    expect(doc.checklist).toEqual([{ key: 'home', labelAr: 'المنزل', labelEn: 'Home', result: 'not-met', note: '' }]);
    expect((doc.history as { to: string; at: string; reason: string }[]).map(({ to, reason }) => [to, reason])).toEqual([['planned', ''], ['cancelled', '']]);
    expect(plan.files).toContain(hash(93));
  });

  it('audit: entries hold no personal value, so they are never rewritten, and are named as kept', () => {
    expect(plan.changed.some((entry) => entry.doc.id === AUDIT.id)).toBe(false);
    expect(plan.kept).toContainEqual({ collection: 'audit', id: AUDIT.id, number: '', reason: 'audit-trail' });
  });

  it('conflicts: copies of field values (base, mine, theirs) cleared; which field and its status kept', () => {
    expect(changed('conflicts', 'cf1')).toMatchObject({ base: '', mine: '', theirs: '', field: 'address', status: 'open', documentId: P });
  });

  it('is idempotent: anonymising again changes nothing (an interrupted erasure is finished by re-running it)', () => {
    const again = person();
    const byId = new Map(plan.changed.map((entry) => [entry.doc.id, entry.doc]));
    const swap = <T extends { id: string }>(docs: T[]): T[] => docs.map((doc) => (byId.get(doc.id) as T | undefined) ?? doc);
    const erased = {
      ...again, beneficiary: swap([again.beneficiary])[0] ?? again.beneficiary, requests: swap(again.requests), interactions: swap(again.interactions),
      declarations: swap(again.declarations), cases: swap(again.cases), surveys: swap(again.surveys), visits: swap(again.visits), conflicts: swap(again.conflicts),
    };
    const second = planErasure(erased, { ...STAMP, at: '2026-06-01T00:00:00Z' });
    expect(second.changed).toEqual([]);
    expect(second.kept).toEqual(plan.kept);
  });
});
