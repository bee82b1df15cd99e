import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_CLOCKS } from '@shared/catalog/case-catalog';
import { newCase, type CaseInput } from '@shared/cases/case-input';
import { beneficiariesToInform } from '@shared/cases/inform-of-changes';
import { completeNationalId } from '@shared/registry/national-id';
import { caseInput, HOLIDAYS, T0 } from './cases-fixtures';

const facts = { id: 'c1', caseNumber: 'WEB-C2026-000001', now: T0, actorId: 'server', deskId: 'web', source: 'web' as const, holidays: HOLIDAYS, clocks: DEFAULT_CASE_CLOCKS };
const make = (fields: Partial<CaseInput>) => newCase(caseInput(fields), facts);
const scan = { sha256: 'a'.repeat(64), name: 'fax.pdf', type: 'application/pdf' as const, size: 2048 };

describe('a new case', () => {
  it('refuses every bad field at once and builds nothing', () => {
    const result = make({ kind: 'praise', description: '  ', priority: 'x', channel: 'pigeon', complainant: { name: 'س'.repeat(121), mobile: '12', email: 'no-at' }, proposedLink: { nationalId: '123', mobile: 'abc' } });
    expect(result).toEqual({ ok: false, error: {
      kind: 'case.kind', description: 'case.description-required', priority: 'case.priority', channel: 'case.channel-unknown',
      name: 'case.too-long', mobile: 'case.mobile', email: 'case.email', nationalId: 'case.national-id', proposedMobile: 'case.mobile',
    } });
  });

  it('a fax complaint needs its scanned page (policy 3.5a)', () => {
    expect(make({ channel: 'fax', subChannel: 'fax' })).toEqual({ ok: false, error: { attachments: 'case.fax-scan-required' } });
    expect(make({ channel: 'fax', subChannel: 'fax', attachments: [scan] }).ok).toBe(true);
  });

  it('a web case keeps the national ID and mobile only as a proposed link, pending a staff check', () => {
    const nationalId = completeNationalId('100000001');
    const result = make({ beneficiaryId: '', proposedLink: { nationalId: ` ${nationalId} `, mobile: '0551234567' }, complainant: { name: ' منى ', mobile: '', email: 'Mona@Example.org' } });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toMatchObject({
      beneficiaryId: '', linkReview: 'pending', proposedLink: { nationalId, mobile: '+966551234567' },
      complainant: { name: 'منى', email: 'mona@example.org' }, status: 'received', source: 'web', caseNumber: 'WEB-C2026-000001',
      officerId: '', unitId: '', startedAt: T0, pauses: [], history: [], resolution: null, acknowledgedAt: null,
    });
  });

  it('keeps markup as typed text (the screens escape it)', () => {
    const result = make({ description: '<script>alert(1)</script>' });
    expect(result.ok && result.value.description).toBe('<script>alert(1)</script>');
  });
});

describe('keeping beneficiaries informed of changes (policy 3.7c)', () => {
  const request = (id: string, beneficiaryId: string, status: string, type = 'financial-aid', version = 1, decision: string | null = null) =>
    ({ id, beneficiaryId, status: status as never, decision, requestType: { id: type, version } });
  const requests = [
    request('r1', 'b1', 'under-study'), request('r2', 'b1', 'draft'), request('r3', 'b2', 'closed'), request('r4', 'b3', 'withdrawn'),
    request('r5', 'b4', 'informed', 'financial-aid', 1, 'approved'), request('r6', 'b5', 'informed', 'financial-aid', 1, 'more-info-needed'),
    request('r7', 'b6', 'referred', 'housing'), request('r8', 'b7', 'signed', 'financial-aid', 2),
  ];

  it('lists each beneficiary once with their requests of the changed type still in progress', () => {
    expect(beneficiariesToInform(requests, { requestTypeIds: ['financial-aid'] })).toEqual([
      { beneficiaryId: 'b1', requestIds: ['r1', 'r2'] }, { beneficiaryId: 'b5', requestIds: ['r6'] }, { beneficiaryId: 'b7', requestIds: ['r8'] },
    ]);
  });

  it('a new version concerns only requests taken under an older one; those already informed are left out', () => {
    expect(beneficiariesToInform(requests, { requestTypeIds: ['financial-aid', 'housing'], beforeVersion: 2 }, new Set(['b5']))).toEqual([
      { beneficiaryId: 'b1', requestIds: ['r1', 'r2'] }, { beneficiaryId: 'b6', requestIds: ['r7'] },
    ]);
  });
});
