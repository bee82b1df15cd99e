/**
 * The cases data layer on a real desk database (RxDB on Dexie, fake-indexeddb), a real file store and
 * search index: recording and routing, the fax scan, bad input, the web case's proposed link, the
 * conflict-of-interest rule and management's follow-up (the loop itself: cases-loop.test.ts).
 */
import { filter, firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  confirmLink, createCase, findProposedFiles, moveCase, rejectLink, routeReceived, setCaseDetails, watchCase, watchCaseQueues, watchFollowUp,
} from '../../renderer/src/features/cases/data';
import { CASES_DESK_ERROR_CODES } from '../../renderer/src/features/cases/data/deps';
import ar from '../../renderer/src/i18n/ar.json';
import en from '../../renderer/src/i18n/en.json';
import { auditActions, pdfBytes } from './intake-fixtures';
import { BACKUP, CLERK, LIAISON, MANAGER, STAFF_X, complaintInput, openCasesDesk, unwrap, webCase, type CasesDesk } from './cases-fixtures';

let desk: CasesDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

describe('recording a case at the desk', () => {
  it('numbers it, routes it to the officer the liaison matrix names and starts its clock', async () => {
    desk = await openCasesDesk();
    const doc = unwrap(await createCase(desk.cases(), complaintInput(desk.beneficiary.id)));
    expect(doc.caseNumber).toBe('KD1-C2026-000001');
    expect(doc).toMatchObject({ status: 'assigned', officerId: LIAISON.id, unitId: 'social-research', source: 'desk', acknowledgeDueDate: '2026-03-02', dueDate: '2026-03-15' });
    expect(doc.history).toEqual([expect.objectContaining({ from: 'received', to: 'assigned', by: CLERK.id, officerId: LIAISON.id })]);
    // The reply goes on the file's agreed channel (the beneficiary fixture: SMS).
    expect([doc.replyChannel, doc.replySubChannel]).toEqual(['phone', 'sms']);
    const second = unwrap(await createCase(desk.cases(), complaintInput(desk.beneficiary.id)));
    expect(second.caseNumber).toBe('KD1-C2026-000002');
    expect(await auditActions(desk.db, doc.id)).toEqual(['case.create']);
  });

  it('routes to the backup when the officer is the one complained of, and leaves a gap in the follow-up queue', async () => {
    desk = await openCasesDesk();
    const about = unwrap(await createCase(desk.cases(), complaintInput(desk.beneficiary.id, { concernsStaffIds: [LIAISON.id] })));
    expect(about.officerId).toBe(BACKUP.id);
    const anonymous = unwrap(await createCase(desk.cases(), complaintInput('', { complainant: { name: 'مجهول', mobile: '0551112222', email: '' } })));
    expect(anonymous).toMatchObject({ status: 'received', officerId: '', unitId: 'follow-up', replyChannel: 'phone', replySubChannel: 'voice-call' });
  });

  it('refuses a fax without its scanned page, and a scan that is not an image or PDF, writing nothing', async () => {
    desk = await openCasesDesk();
    const fax = complaintInput(desk.beneficiary.id, { channel: 'fax', subChannel: 'fax' });
    expect(await createCase(desk.cases(), fax)).toEqual({ ok: false, error: { code: 'case.fax-scan-required', fields: { attachments: 'case.fax-scan-required' } } });
    const fake = { data: new TextEncoder().encode('not a scan').buffer, name: 'fax.pdf', type: 'application/pdf' };
    expect(await createCase(desk.cases(), fax, [fake])).toEqual({ ok: false, error: { code: 'file.type' } });
    expect(await desk.db.cases.count().exec()).toBe(0);
    const scan = { data: pdfBytes('fax page').buffer, name: 'fax.pdf', type: 'application/pdf' };
    const doc = unwrap(await createCase(desk.cases(), fax, [scan]));
    expect(doc.attachments).toEqual([expect.objectContaining({ name: 'fax.pdf', type: 'application/pdf' })]);
    expect(await desk.files.getFile(doc.attachments[0]!.sha256)).not.toBeNull();
  });

  it('refuses bad input with its code: kind, category not offered for the kind, domain, channel, empty or long text, unknown file', async () => {
    desk = await openCasesDesk();
    const id = desk.beneficiary.id;
    const refused = async (overrides: Record<string, unknown>) => {
      const result = await createCase(desk!.cases(), complaintInput(id, overrides));
      return result.ok ? 'ok' : result.error.code;
    };
    expect(await refused({ kind: 'praise' })).toBe('case.kind');
    expect(await refused({ kind: 'technical-support', category: 'eligibility' })).toBe('cases.category');
    expect(await refused({ domain: 'space' })).toBe('cases.domain');
    expect(await refused({ channel: 'pigeon' })).toBe('case.channel-unknown');
    expect(await refused({ priority: 'whenever' })).toBe('case.priority');
    expect(await refused({ description: '   ' })).toBe('case.description-required');
    expect(await refused({ description: 'ا'.repeat(4001) })).toBe('case.too-long');
    expect(await refused({ beneficiaryId: '', complainant: { name: '', mobile: '12', email: '' } })).toBe('case.mobile');
    expect(await refused({ beneficiaryId: 'no-such-file' })).toBe('cases.beneficiary-not-found');
    expect(await desk.db.cases.count().exec()).toBe(0);
  });
});

describe('conflict of interest', () => {
  it('a case about staff member X is in none of X\'s lists, cannot be opened or moved by X, and is never assigned to X', async () => {
    desk = await openCasesDesk();
    const doc = unwrap(await createCase(desk.cases(), complaintInput(desk.beneficiary.id, { concernsStaffIds: [STAFF_X.id] })));
    const other = unwrap(await createCase(desk.cases(), complaintInput('', { complainant: { name: 'مجهول', mobile: '', email: '' } })));
    const x = desk.cases(STAFF_X);
    const queues = await firstValueFrom(watchCaseQueues(x).pipe(filter((q) => q.myUnit.length > 0)));
    expect(queues.myUnit.map((r) => r.doc.id)).toEqual([other.id]);
    expect(queues.unassigned.map((r) => r.doc.id)).toEqual([other.id]);
    expect(Object.values(queues).flat().some((r) => r.doc.id === doc.id)).toBe(false);
    expect(await firstValueFrom(watchCase(x, doc.id))).toBeNull();
    expect(await firstValueFrom(watchCase(desk.cases(MANAGER), doc.id))).not.toBeNull();
    expect(await moveCase(x, doc.id, { to: 'escalated', reason: 'x' })).toEqual({ ok: false, error: { code: 'cases.not-found' } });
    expect(await moveCase(desk.cases(MANAGER), doc.id, { to: 'assigned', officerId: STAFF_X.id })).toEqual({ ok: false, error: { code: 'case.officer-concerned' } });
  });
});

describe('a case from the public page', () => {
  it('proposes the file its national ID matches through the blind index; staff confirm it, then route it', async () => {
    desk = await openCasesDesk();
    const web = webCase({ proposedLink: { nationalId: desk.beneficiary.nationalId, mobile: '' }, linkReview: 'pending' });
    await desk.db.cases.insert(web);
    const clerk = desk.cases();
    const before = await firstValueFrom(watchCaseQueues(clerk).pipe(filter((q) => q.webUnacknowledged.length === 1)));
    expect(before.webUnacknowledged[0]?.doc.id).toBe(web.id);
    expect(await findProposedFiles(clerk, web.proposedLink)).toEqual([{ fileId: desk.beneficiary.id, fileNumber: desk.beneficiary.fileNumber, fullName: desk.beneficiary.fullName, matchedBy: 'national-id' }]);
    expect(await findProposedFiles(clerk, { nationalId: '1000000000', mobile: '0559999999' })).toEqual([]);
    expect(await confirmLink(clerk, web.id, 'another-file')).toEqual({ ok: false, error: { code: 'cases.link-not-proposed' } });
    const linked = unwrap(await confirmLink(clerk, web.id, desk.beneficiary.id));
    expect(linked).toMatchObject({ beneficiaryId: desk.beneficiary.id, linkReview: 'confirmed', replyChannel: 'phone', replySubChannel: 'sms' });
    expect(await rejectLink(clerk, web.id)).toEqual({ ok: false, error: { code: 'cases.link-not-pending' } });
    expect(await setCaseDetails(clerk, web.id, { category: 'service-delay', domain: 'space', priority: 'normal' })).toEqual({ ok: false, error: { code: 'cases.domain' } });
    unwrap(await setCaseDetails(clerk, web.id, { category: 'service-delay', domain: 'social-care', priority: 'high' }));
    const routed = unwrap(await routeReceived(clerk, web.id));
    expect(routed.routing).toMatchObject({ kind: 'officer', officerId: LIAISON.id });
    expect(routed.doc).toMatchObject({ status: 'assigned', officerId: LIAISON.id, acknowledgedAt: desk.clock.at.toISOString() });
    const after = await firstValueFrom(watchCaseQueues(clerk).pipe(filter((q) => q.webUnacknowledged.length === 0)));
    expect(after.webUnacknowledged).toEqual([]);
  });
});

describe('translations', () => {
  it('every refusal the cases desk returns reads in Arabic and English', () => {
    for (const code of CASES_DESK_ERROR_CODES) {
      for (const tree of [ar, en]) expect(code.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], (tree.cases as { errors: unknown }).errors), code).toEqual(expect.any(String));
    }
  });
});

describe('management follow-up', () => {
  it('per officer: open, overdue, average first response and resolution in working days; web cases not acknowledged', async () => {
    desk = await openCasesDesk();
    const officer = desk.cases(LIAISON);
    const first = unwrap(await createCase(desk.cases(), complaintInput(desk.beneficiary.id)));
    unwrap(await createCase(desk.cases(), complaintInput(desk.beneficiary.id)));
    await desk.db.cases.insert(webCase());
    // Resolved on Wed 4 March: three working days after receipt on Sun 1 March.
    desk.clock.at = new Date('2026-03-04T07:00:00.000Z');
    unwrap(await moveCase(officer, first.id, { to: 'in-progress' }));
    unwrap(await moveCase(officer, first.id, { to: 'resolved', resolution: { mode: 'amicable', agreement: 'اتفاق' } }));
    // Tue 17 March: the open one (due 15 March) is overdue.
    desk.clock.at = new Date('2026-03-17T07:00:00.000Z');
    const data = await firstValueFrom(watchFollowUp(desk.cases(MANAGER)).pipe(filter((f) => f.officers.length === 2)));
    // '' is the follow-up unit's unassigned queue (the web case, not yet routed).
    expect(data.officers).toEqual([
      { officerId: '', open: 1, overdue: 1, averageFirstResponseDays: null, averageResolutionDays: null },
      { officerId: LIAISON.id, open: 2, overdue: 1, averageFirstResponseDays: 0, averageResolutionDays: 3 },
    ]);
    expect(data.webUnacknowledged.map((row) => row.doc.caseNumber)).toEqual(['WEB-C2026-000001']);
    // Overdue and not yet before management: the web case (due 15 March) and the open desk case.
    expect(data.toEscalate.map((row) => row.doc.caseNumber).sort()).toEqual(['KD1-C2026-000002', 'WEB-C2026-000001']);
  });
});
