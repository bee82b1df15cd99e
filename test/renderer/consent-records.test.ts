/**
 * The consent's writes on a real desk database (RxDB over Dexie, encrypted): registration records the
 * notice version and method, a withdrawal stops the outbox on that channel (and writes the opt-out the
 * server honours), a paper form goes to the file store, image consents are recorded and withdrawn,
 * an admin publishes notice version 2; every refusal writes nothing. And schema v3 → v4 on real storage.
 */
import type { RxCollection } from 'rxdb/plugins/core';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/src/db/database';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import { attachConsentForm, readNotices, recordConsent, recordImageConsent, recordImageWithdrawal, recordWithdrawal } from '../../renderer/src/features/beneficiaries/data/consent-records';
import { createCampaign } from '../../renderer/src/features/surveys/data/campaigns';
import { saveQuestionnaireDraft } from '../../renderer/src/features/surveys/data/questionnaires';
import { publishPrivacyNotice } from '../../renderer/src/features/catalog/data/privacy-notice-admin';
import { confirmWhatsappSent, queueNotice } from '../../renderer/src/features/outbox/data/queue-notice';
import { consentHistory } from '../../shared/consent/consent-log';
import { COLLECTIONS } from '../../shared/db/collections';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { fakeDexieStorage, uniqueName } from './db-fixtures';
import { auditActions, beneficiaryDoc, openIntakeDesk, pdfBytes, type IntakeDesk } from './intake-fixtures';
import { ACTOR, formInput, openDesk, PASSWORD, type Desk } from './registry-fixtures';

let desk: IntakeDesk | null = null;
let registry: Desk | null = null;
const toClose: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await desk?.close();
  await registry?.close();
  desk = null;
  registry = null;
  await Promise.all(toClose.splice(0).map((db) => db.close()));
});

const file = async (d: IntakeDesk): Promise<BeneficiaryDoc> => (await d.db.beneficiaries.findOne(d.beneficiary.id).exec())!.toMutableJSON();
const sms = { record: { kind: 'request', id: 'r1' }, subChannel: 'sms', address: '0551234567', subject: 'طلبكم', text: 'تم استلام طلبكم.' };

describe('consent at registration', () => {
  it('records the notice version shown and the method chosen; an edit keeps the history', async () => {
    registry = await openDesk();
    expect((await readNotices(registry.db)).map((v) => v.version)).toEqual([1]);
    const saved = await saveBeneficiary(registry.deps, formInput({ consent: { given: true, purpose: 'تقديم الخدمات', method: 'phone', noticeVersion: 1 } }), { acknowledged: [] });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    expect(saved.value.consentLog).toEqual([expect.objectContaining({ kind: 'given', method: 'phone', noticeVersion: 1, by: ACTOR.id, at: saved.value.consent.givenAt })]);
    const edited = await saveBeneficiary(registry.deps, formInput({ city: 'جدة' }), { editingId: saved.value.id, acknowledged: [] });
    expect(edited.ok && edited.value.consentLog).toEqual(saved.value.consentLog);
  });

  it('refuses an unknown method with a translated code, writing nothing', async () => {
    registry = await openDesk();
    const saved = await saveBeneficiary(registry.deps, formInput({ consent: { given: true, purpose: 'تقديم الخدمات', method: 'pigeon', noticeVersion: 1 } }), { acknowledged: [] });
    expect(saved).toEqual({ ok: false, error: { kind: 'invalid', errors: { consentMethod: 'consent.method-required' } } });
    expect(await registry.db.beneficiaries.count().exec()).toBe(0);
  });
});

describe('withdrawal', () => {
  it('of SMS contact: the outbox refuses SMS (an opt-out the server honours is written), e-mail still goes', async () => {
    desk = await openIntakeDesk();
    const deps = desk.deps();
    const id = desk.beneficiary.id;
    desk.clock.at = new Date('2026-03-02T07:00:00.000Z');
    const withdrawn = await recordWithdrawal(deps, id, { channels: ['sms', 'whatsapp'], sampling: true, method: 'phone', note: 'طلب هاتفي' });
    expect(withdrawn.ok).toBe(true);
    const history = consentHistory(await file(desk));
    expect(history.at(-1)).toEqual(expect.objectContaining({ kind: 'withdrawn', stopsChannels: ['sms', 'whatsapp'], stopsSampling: true, by: deps.actor.id, method: 'phone' }));
    const optOuts = await desk.db.interactions.find({ selector: { kind: 'opt-out' } }).exec();
    expect(optOuts.map((doc) => doc.subChannel)).toEqual(['sms']);
    expect(await queueNotice(deps, { ...sms, beneficiaryId: id })).toEqual({ ok: false, error: 'outbox.consent-withdrawn' });
    expect(await confirmWhatsappSent(deps, { record: sms.record, beneficiaryId: id, address: '0551234567', subject: '', text: 'مرحبا' })).toEqual({ ok: false, error: 'outbox.consent-withdrawn' });
    expect((await queueNotice(deps, { ...sms, beneficiaryId: id, subChannel: 'email', address: 'a@example.org' })).ok).toBe(true);
    expect(await auditActions(desk.db, id)).toEqual(['consent.withdraw']);
  });

  it('lifted by a new consent: the outbox may send SMS again (its opt-out is lifted too, as the server reads only that)', async () => {
    desk = await openIntakeDesk();
    const deps = desk.deps();
    const id = desk.beneficiary.id;
    desk.clock.at = new Date('2026-03-02T07:00:00.000Z');
    expect((await recordWithdrawal(deps, id, { channels: ['sms'], sampling: false, method: 'phone' })).ok).toBe(true);
    expect(await queueNotice(deps, { ...sms, beneficiaryId: id })).toEqual({ ok: false, error: 'outbox.consent-withdrawn' });
    desk.clock.at = new Date('2026-03-09T07:00:00.000Z');
    expect((await recordConsent(deps, id, { noticeVersion: 1, method: 'in-person' })).ok).toBe(true);
    const choices = await desk.db.interactions.find({ selector: { subChannel: 'sms' } }).exec();
    expect(choices.map((doc) => doc.kind).sort()).toEqual(['opt-in', 'opt-out']);
    expect((await queueNotice(deps, { ...sms, beneficiaryId: id })).ok).toBe(true);
  });

  it('that stops nothing, or on an unknown channel, is refused: nothing written', async () => {
    desk = await openIntakeDesk();
    const deps = desk.deps();
    const id = desk.beneficiary.id;
    expect(await recordWithdrawal(deps, id, { channels: [], sampling: false, method: 'phone' })).toEqual({ ok: false, error: 'consent.withdraw.nothing' });
    expect(await recordWithdrawal(deps, id, { channels: ['sms', 'fax'], sampling: false, method: 'phone' })).toEqual({ ok: false, error: 'consent.withdraw.bad-channel' });
    expect(await desk.db.interactions.count().exec()).toBe(0);
    expect((await file(desk)).consentLog).toBeUndefined();
    expect(await auditActions(desk.db, id)).toEqual([]);
  });
});

describe('withdrawal from survey sampling', () => {
  it('a campaign drawn after it leaves the person out and samples everyone else', async () => {
    desk = await openIntakeDesk();
    for (let i = 0; i < 3; i += 1) await desk.db.beneficiaries.insert(beneficiaryDoc({ id: `b-${i}`, categoryKey: 'widows' }));
    const deps = desk.deps();
    expect((await recordWithdrawal(deps, 'b-1', { channels: [], sampling: true, method: 'in-person' })).ok).toBe(true);
    const surveys = { db: desk.db, actor: { id: 'staff-manager', roles: ['manager' as const] }, desk: { deskId: 'desk-1' }, now: () => desk!.clock.at, newSeed: () => 42 };
    const saved = await saveQuestionnaireDraft(surveys, null, { title: { ar: 'رضا', en: '' }, questions: [{ id: 'q1', type: 'rating', text: { ar: 'سؤال', en: '' }, required: true, options: [], showIf: null }] });
    if (!saved.ok) throw new Error('questionnaire');
    const made = await createCampaign(surveys, { name: 'مارس', purpose: 'periodic', method: 'phone', questionnaireId: saved.value.doc.id, periodFrom: '2026-02-01', periodTo: '2026-02-28', sampleSize: 10 }, ['staff-phone']);
    if (!made.ok) throw new Error('campaign');
    const tasks = await desk.db.surveys.find({ selector: { kind: 'task', campaignId: made.value.campaign.id } }).exec();
    expect(tasks.map((t) => t.beneficiaryId).sort()).toEqual(['b-0', 'b-2', desk.beneficiary.id].sort());
  });
});

describe('a consent given on paper', () => {
  it('takes the signed form into the file store; a bad file is refused and nothing attached', async () => {
    desk = await openIntakeDesk();
    const deps = desk.deps();
    const id = desk.beneficiary.id;
    expect(await recordConsent(deps, id, { noticeVersion: 7, method: 'paper' })).toEqual({ ok: false, error: 'consent.notice.unknown-version' });
    const given = await recordConsent(deps, id, { noticeVersion: 1, method: 'paper' });
    if (!given.ok) throw new Error(given.error);
    const step = given.value.consentLog!.at(-1)!;
    expect(await attachConsentForm(deps, id, step.id, { file: new Blob([pdfBytes('x')]), name: 'form.exe', type: 'application/x-msdownload' })).toEqual({ ok: false, error: 'errors.file.type' });
    expect((await file(desk)).consentLog!.at(-1)!.paperForm).toBeUndefined();
    const attached = await attachConsentForm(deps, id, step.id, { file: new Blob([pdfBytes('consent form')]), name: 'consent.pdf', type: 'application/pdf' });
    const form = attached.ok ? attached.value.consentLog!.at(-1)!.paperForm : undefined;
    expect(form).toEqual(expect.objectContaining({ name: 'consent.pdf', type: 'application/pdf' }));
    expect(await desk.files.getFile(form!.sha256)).not.toBeNull();
  });
});

describe('image, story and work consent (policy 3.6a)', () => {
  it('is recorded with what, where and until when, withdrawn once; bad input writes nothing and stores no paper', async () => {
    desk = await openIntakeDesk();
    const deps = desk.deps();
    const id = desk.beneficiary.id;
    const paper = { file: new Blob([pdfBytes('image consent')]), name: 'image.pdf', type: 'application/pdf' };
    const bad = await recordImageConsent(deps, id, { uses: [], what: '', where: 'التقرير السنوي', until: '2026-01-01', method: 'paper' }, paper);
    expect(bad).toEqual({ ok: false, error: { uses: 'consent.image.uses-required', what: 'consent.image.required', until: 'consent.image.until-past' } });
    expect((await file(desk)).imageConsents).toBeUndefined();
    const good = await recordImageConsent(deps, id, { uses: ['photo'], what: 'صورة في توزيع السلال', where: 'التقرير السنوي', until: '2026-12-31', method: 'paper' }, paper);
    if (!good.ok) throw new Error(JSON.stringify(good.error));
    const consent = good.value.imageConsents![0]!;
    expect(consent).toEqual(expect.objectContaining({ uses: ['photo'], until: '2026-12-31', givenBy: deps.actor.id, paperForm: expect.objectContaining({ name: 'image.pdf' }) }));
    expect((await recordImageWithdrawal(deps, id, consent.id)).ok).toBe(true);
    expect(await recordImageWithdrawal(deps, id, consent.id)).toEqual({ ok: false, error: 'consent.image.already-withdrawn' });
    expect((await file(desk)).imageConsents![0]!.withdrawnBy).toBe(deps.actor.id);
  });
});

describe('publishing the notice', () => {
  it('an edit becomes version 2 (audited); publishing it unchanged again is refused', async () => {
    desk = await openIntakeDesk();
    const deps = desk.deps({ id: 'staff-admin', roles: ['admin'], unitIds: [] });
    const [v1] = await readNotices(desk.db);
    const published = await publishPrivacyNotice(deps, { ...v1!, textAr: `${v1!.textAr}\nنص معتمد.` });
    expect(published.ok && published.value.version).toBe(2);
    expect((await readNotices(desk.db)).map((v) => v.version)).toEqual([1, 2]);
    expect(await publishPrivacyNotice(deps, { ...v1!, textAr: `${v1!.textAr}\nنص معتمد.` })).toEqual({ ok: false, error: { textAr: 'consent.notice.unchanged' } });
    expect(await auditActions(desk.db, 'pnv:2')).toEqual(['consent.notice.publish']);
  });
});

it('opens files stored at beneficiary schema v3 unchanged at v4; their consent reads as given at registration', async () => {
  const name = uniqueName('wasl-consent-migrate-');
  const { schema } = COLLECTIONS.beneficiaries;
  const { consentLog: _a, imageConsents: _b, ...v3Properties } = schema.properties;
  const v3 = { schema: { ...schema, version: 3, properties: v3Properties, encrypted: schema.encrypted.filter((f) => f !== 'consentLog' && f !== 'imageConsents') }, migrationStrategies: (({ 4: _v4, ...earlier }) => earlier)(COLLECTIONS.beneficiaries.migrationStrategies) };
  const stored = beneficiaryDoc();
  const before = await openDatabase<{ beneficiaries: RxCollection<BeneficiaryDoc> }>({ name, storage: fakeDexieStorage(), password: PASSWORD }, { beneficiaries: v3 });
  await before.beneficiaries.insert(stored);
  await before.close();
  const after = await openDatabase<{ beneficiaries: RxCollection<BeneficiaryDoc> }>({ name, storage: fakeDexieStorage(), password: PASSWORD }, { beneficiaries: COLLECTIONS.beneficiaries });
  toClose.push(after);
  const doc = (await after.beneficiaries.findOne(stored.id).exec())!.toMutableJSON();
  expect(doc).toEqual(stored);
  expect(consentHistory(doc)).toEqual([expect.objectContaining({ kind: 'given', noticeVersion: 0, at: stored.consent.givenAt })]);
});
