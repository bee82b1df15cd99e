/** PDPL consent and notice (shared/consent): versioning, withdrawal effects, consent at a date, image consent expiry. */
import { describe, expect, test } from 'vitest';
import { attachPaperForm, consentHistory, consentInForceAt, contactAllowed, giveConsent, samplingAllowed, withdrawConsent, UNVERSIONED_NOTICE } from '@shared/consent/consent-log';
import { addImageConsent, imageConsentInForce, imageConsentStatus, photoConsentAt, withdrawImageConsent } from '@shared/consent/image-consent';
import { NOTICE_SEED } from '@shared/consent/notice-seed';
import { currentNotice, noticeFromCatalog, noticeToCatalog, publishNotice } from '@shared/consent/privacy-notice';
import { catalogSeed } from '@shared/catalog/seed';
import { drawStratifiedSample, samplingFrame, seededRandom } from '@shared/surveys/sampling';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';

const REGISTERED = { purpose: 'دراسة الطلبات', givenAt: '2026-01-10T08:00:00.000Z', takenBy: 'staff-1' };
const stamp = (id: string, at: string) => ({ id, at, by: 'staff-2' });
const FORM = { sha256: 'a'.repeat(64), name: 'consent.pdf', type: 'application/pdf' as const, size: 1000 };

describe('the privacy notice', () => {
  test('is seeded as version 1 in both languages, a draft for the association, citing the right to be informed', () => {
    const seeded = catalogSeed().filter((e) => e.kind === 'privacy-notice');
    expect(seeded.map((e) => e.id)).toEqual(['pnv:1']);
    const v1 = noticeFromCatalog({ ...seeded[0]!, data: seeded[0]!.data ?? {} });
    expect(v1).toEqual(NOTICE_SEED);
    expect(v1?.textAr).toContain('مسودة للمراجعة والاعتماد');
    expect(v1?.textAr).toContain('نظام حماية البيانات الشخصية');
    expect(v1?.textEn).toContain('right to be informed');
  });

  test('an edit after publishing is version n+1; the earlier version stays; nothing new is refused', () => {
    const edited = publishNotice([NOTICE_SEED], { ...NOTICE_SEED, textAr: `${NOTICE_SEED.textAr}\nإضافة.` }, '2026-02-01T09:00:00.000Z', 'admin-1');
    expect(edited.ok && edited.value.version).toBe(2);
    if (!edited.ok) return;
    expect(currentNotice([NOTICE_SEED, edited.value])?.version).toBe(2);
    expect(noticeFromCatalog(noticeToCatalog(edited.value))).toEqual(edited.value);
    expect(noticeToCatalog(edited.value).id).toBe('pnv:2');
    // Only trailing spaces and line ends differ: the same text.
    expect(publishNotice([NOTICE_SEED, edited.value], { ...edited.value, textEn: `${edited.value.textEn}  \r\n` }, 'x', 'y')).toEqual({ ok: false, error: { textAr: 'consent.notice.unchanged' } });
    expect(publishNotice([], { titleAr: ' ', titleEn: 'T', textAr: 'x'.repeat(20_001), textEn: 'e' }, 'x', 'y')).toEqual({ ok: false, error: { titleAr: 'consent.notice.required', textAr: 'consent.notice.too-long' } });
  });
});

describe('the consent record', () => {
  const file = { consent: REGISTERED } as Pick<BeneficiaryDoc, 'consent' | 'consentLog'>;

  test('a file from before the log reads as given at registration, in person, to no versioned notice', () => {
    expect(consentHistory(file)).toEqual([expect.objectContaining({ kind: 'given', at: REGISTERED.givenAt, by: 'staff-1', method: 'in-person', noticeVersion: UNVERSIONED_NOTICE })]);
  });

  test('consent names the version and how; an unknown version, a bad method or a long note is refused', () => {
    const given = giveConsent(file, { noticeVersion: 1, method: 'paper', paperForm: FORM }, [1], stamp('c1', '2026-02-01T08:00:00.000Z'));
    expect(given.ok && given.value.at(-1)).toEqual(expect.objectContaining({ kind: 'given', noticeVersion: 1, method: 'paper', paperForm: FORM, by: 'staff-2' }));
    expect(giveConsent(file, { noticeVersion: 2, method: 'phone' }, [1], stamp('c2', 'x'))).toEqual({ ok: false, error: 'consent.notice.unknown-version' });
    expect(giveConsent(file, { noticeVersion: 1, method: 'fax' }, [1], stamp('c2', 'x'))).toEqual({ ok: false, error: 'consent.method.invalid' });
    expect(giveConsent(file, { noticeVersion: 1, method: 'phone', note: 'n'.repeat(301) }, [1], stamp('c2', 'x'))).toEqual({ ok: false, error: 'consent.note.too-long' });
  });

  test('a paper form may be attached later, once, to a consent given on paper only', () => {
    const given = giveConsent(file, { noticeVersion: 1, method: 'paper' }, [1], stamp('c1', '2026-02-01T08:00:00.000Z'));
    if (!given.ok) throw new Error('given');
    const attached = attachPaperForm({ ...file, consentLog: given.value }, 'c1', FORM);
    expect(attached.ok && attached.value.at(-1)?.paperForm).toEqual(FORM);
    if (!attached.ok) return;
    expect(attachPaperForm({ ...file, consentLog: attached.value }, 'c1', FORM)).toEqual({ ok: false, error: 'consent.paper.already' });
    expect(attachPaperForm({ ...file, consentLog: attached.value }, 'registration', FORM)).toEqual({ ok: false, error: 'consent.paper.not-paper' });
  });

  test('a withdrawal stops contact on the chosen channel and sampling from its date, not before; a new consent lifts it', () => {
    const withdrawn = withdrawConsent(file, { channels: ['sms'], sampling: true, method: 'phone' }, stamp('w1', '2026-03-01T08:00:00.000Z'));
    if (!withdrawn.ok) throw new Error('withdrawn');
    const after = { ...file, consentLog: withdrawn.value };
    expect(contactAllowed(after, 'sms', '2026-02-28T08:00:00.000Z')).toBe(true);
    expect(contactAllowed(after, 'sms', '2026-03-01T08:00:00.000Z')).toBe(false);
    expect(contactAllowed(after, 'email', '2026-03-02T08:00:00.000Z')).toBe(true);
    expect(samplingAllowed(after, '2026-03-02T08:00:00.000Z')).toBe(false);
    expect(consentInForceAt(after, '2026-03-02T00:00:00.000Z')).toEqual({ given: expect.objectContaining({ id: 'registration' }), stoppedChannels: ['sms'], samplingStopped: true });
    // Before registration nothing stands: no contact at all.
    expect(contactAllowed(after, 'email', '2026-01-01T00:00:00.000Z')).toBe(false);
    const renewed = giveConsent(after, { noticeVersion: 1, method: 'in-person' }, [1], stamp('c3', '2026-04-01T08:00:00.000Z'));
    if (!renewed.ok) throw new Error('renewed');
    expect(contactAllowed({ ...file, consentLog: renewed.value }, 'sms', '2026-04-02T08:00:00.000Z')).toBe(true);
    expect(contactAllowed({ ...file, consentLog: renewed.value }, 'sms', '2026-03-15T08:00:00.000Z')).toBe(false);
  });

  test('a withdrawal must stop something the association does', () => {
    expect(withdrawConsent(file, { channels: [], sampling: false, method: 'phone' }, stamp('w', 'x'))).toEqual({ ok: false, error: 'consent.withdraw.nothing' });
    expect(withdrawConsent(file, { channels: ['pigeon'], sampling: false, method: 'phone' }, stamp('w', 'x'))).toEqual({ ok: false, error: 'consent.withdraw.bad-channel' });
  });

  test('the sampler leaves out a person who withdrew from sampling, and draws the others', () => {
    const withdrawn = withdrawConsent(file, { channels: [], sampling: true, method: 'in-person' }, stamp('w1', '2026-03-01T08:00:00.000Z'));
    if (!withdrawn.ok) throw new Error('withdrawn');
    const people = [
      { id: 'b1', categoryKey: 'widows', ...file },
      { id: 'b2', categoryKey: 'widows', ...file, consentLog: withdrawn.value },
      { id: 'b3', categoryKey: 'orphans' },
    ];
    const frame = samplingFrame(people, [], { from: '2026-01-01', to: '2026-03-31' }, '2026-03-05T00:00:00.000Z');
    expect(frame.map((u) => u.beneficiaryId)).toEqual(['b1', 'b3']);
    expect(drawStratifiedSample(frame, 3, seededRandom(7)).map((u) => u.beneficiaryId).sort()).toEqual(['b1', 'b3']);
    // Drawn before the withdrawal, the person was in the frame.
    expect(samplingFrame(people, [], { from: '2026-01-01', to: '2026-03-31' }, '2026-02-05T00:00:00.000Z')).toHaveLength(3);
  });
});

describe('image, story and work consent (policy 3.6a)', () => {
  const at = '2026-03-01T09:00:00.000Z';
  const input = { uses: ['photo', 'story'], what: 'صورة في توزيع السلال', where: 'التقرير السنوي', until: '2026-12-31', method: 'paper' };

  test('is specific (what, where, until when) and refused with a translated code per field when not', () => {
    expect(addImageConsent({}, { uses: [], what: ' ', where: 'x'.repeat(301), until: '2026-02-30', method: 'fax' }, stamp('i', at))).toEqual({
      ok: false,
      error: { uses: 'consent.image.uses-required', what: 'consent.image.required', where: 'consent.image.too-long', until: 'consent.image.until-invalid', method: 'consent.method.invalid' },
    });
    expect(addImageConsent({}, { ...input, until: '2026-02-28' }, stamp('i', at))).toEqual({ ok: false, error: { until: 'consent.image.until-past' } });
    expect(addImageConsent({}, { ...input, until: '2031-03-02' }, stamp('i', at))).toEqual({ ok: false, error: { until: 'consent.image.until-too-far' } });
  });

  test('stands to the end of its last day (Riyadh), then expires; a withdrawal ends it at once', () => {
    const added = addImageConsent({}, input, stamp('i1', at));
    if (!added.ok) throw new Error('added');
    const file = { imageConsents: added.value };
    const consent = added.value[0]!;
    expect(imageConsentStatus(consent, '2026-12-31T20:59:00.000Z')).toBe('in-force');
    expect(imageConsentStatus(consent, '2026-12-31T21:00:00.000Z')).toBe('expired');
    expect(imageConsentInForce(file, 'story', '2026-06-01T00:00:00.000Z')).toBe(true);
    expect(imageConsentInForce(file, 'work', '2026-06-01T00:00:00.000Z')).toBe(false);
    expect(photoConsentAt(file, '2026-06-01T00:00:00.000Z')).toBe('given');
    expect(photoConsentAt(file, '2026-02-01T00:00:00.000Z')).toBe('unknown');
    const withdrawn = withdrawImageConsent(file, 'i1', { at: '2026-07-01T00:00:00.000Z', by: 'staff-3' });
    if (!withdrawn.ok) throw new Error('withdrawn');
    expect(photoConsentAt({ imageConsents: withdrawn.value }, '2026-06-30T00:00:00.000Z')).toBe('given');
    expect(photoConsentAt({ imageConsents: withdrawn.value }, '2026-07-02T00:00:00.000Z')).toBe('refused');
    expect(withdrawImageConsent({ imageConsents: withdrawn.value }, 'i1', { at: 'x', by: 'y' })).toEqual({ ok: false, error: 'consent.image.already-withdrawn' });
    expect(withdrawImageConsent(file, 'nope', { at: 'x', by: 'y' })).toEqual({ ok: false, error: 'consent.image.not-found' });
  });
});

describe('erasure of a file with consents (PDPL Art. 18)', () => {
  test('keeps the consent log and image consents as proof, without their notes, what and where; still valid for the collection', async () => {
    const { anonymiseBeneficiary } = await import('@shared/data-rights/anonymise-file');
    const { ERASED_TEXT } = await import('@shared/data-rights/erased-values');
    const { COLLECTIONS } = await import('@shared/db/collections');
    const { createCollectionRegistry } = await import('../../server/sync/collection-registry');
    const { recordsOf, P } = await import('./data-rights-fixtures');
    const base = recordsOf(P).beneficiary;
    const given = giveConsent(base, { noticeVersion: 1, method: 'paper', paperForm: FORM, note: 'وقّعت سارة' }, [1], stamp('c1', '2026-02-01T08:00:00.000Z'));
    const image = addImageConsent({}, { uses: ['story'], what: 'قصة سارة مع المرض', where: 'التقرير السنوي', until: '2026-12-31', method: 'in-person' }, stamp('i1', '2026-02-01T08:00:00.000Z'));
    if (!given.ok || !image.ok) throw new Error('fixture');
    const erased = anonymiseBeneficiary({ ...base, consentLog: given.value, imageConsents: image.value });
    expect(erased.consentLog?.map((s) => s.note)).toEqual(['', '']);
    expect(erased.consentLog?.at(-1)).toMatchObject({ kind: 'given', noticeVersion: 1, method: 'paper', paperForm: FORM });
    expect(erased.imageConsents?.[0]).toMatchObject({ uses: ['story'], what: ERASED_TEXT, where: ERASED_TEXT, until: '2026-12-31' });
    expect(JSON.stringify(erased)).not.toContain('سارة');
    expect(createCollectionRegistry(COLLECTIONS).get('beneficiaries')?.validate(erased)).toBeNull();
  });
});

describe('merging two files of one person', () => {
  test('a withdrawal recorded on the merged file stands on the survivor; image consents of both are kept', async () => {
    const { mergeBeneficiaries } = await import('@shared/registry/merge-files');
    const { recordsOf, P } = await import('./data-rights-fixtures');
    const survivor = { ...recordsOf(P).beneficiary, consent: REGISTERED };
    const other = { ...survivor, id: 'other-file', fileNumber: 'RYD2-2026-000009', consent: { ...REGISTERED, givenAt: '2026-01-05T08:00:00.000Z' } };
    const withdrawn = withdrawConsent(other, { channels: ['email'], sampling: false, method: 'phone' }, stamp('w1', '2026-02-01T08:00:00.000Z'));
    const image = addImageConsent({}, { uses: ['photo'], what: 'صورة', where: 'نشرة', until: '2026-12-31', method: 'in-person' }, stamp('i1', '2026-02-01T08:00:00.000Z'));
    if (!withdrawn.ok || !image.ok) throw new Error('fixture');
    const merged = mergeBeneficiaries(survivor, { ...other, consentLog: withdrawn.value, imageConsents: image.value }, {}, { actorId: 'admin', deskId: 'RYD1', at: '2026-03-01T08:00:00.000Z' });
    if (!merged.ok) throw new Error(merged.error);
    expect(merged.value.survivor.consentLog?.map((s) => s.kind)).toEqual(['given', 'given', 'withdrawn']);
    expect(contactAllowed(merged.value.survivor, 'email', '2026-03-02T00:00:00.000Z')).toBe(false);
    expect(merged.value.survivor.imageConsents).toHaveLength(1);
    expect(merged.value.fields).toEqual(expect.arrayContaining(['consentLog', 'imageConsents']));
  });
});
