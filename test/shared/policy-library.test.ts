/** The policy library (Art. 4): content hash, versions, material vs wording change, roles, sign-off. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ASSOCIATION_POLICY_KEY, ackAuditEntry, ackFromAudit, pendingPolicies, policyFromCatalog, policyHash, policySignOff,
  policyToCatalog, publishVersion, type DocumentSignOff, type PolicyAck, type PolicyVersion, type PublishInput, type SignOffStaff,
} from '@shared/policy';

const root = resolve(import.meta.dirname, '../..');
const textAr = readFileSync(resolve(root, 'resources/policy/beneficiary-relations-policy.ar.txt'), 'utf8');
const textEn = readFileSync(resolve(root, 'resources/policy/beneficiary-relations-policy.en.md'), 'utf8');

const policy: PublishInput = { documentKey: ASSOCIATION_POLICY_KEY, titleAr: 'سياسة تنظيم العلاقة مع المستفيدين', titleEn: 'Beneficiary relations policy', textAr, textEn, roles: [], material: false };
const aid: PublishInput = { documentKey: 'aid-disbursement', titleAr: 'سياسة صرف المساعدات', titleEn: 'Aid disbursement', textAr: 'نص الصرف', textEn: 'Disbursement text', roles: ['follow-up-officer'], material: true };

/** Publishes each input in turn, a day apart, as the admin. */
type Four<T> = [T, T, T, T];
function publishAll(inputs: PublishInput[]): Four<PolicyVersion> {
  const out: PolicyVersion[] = [];
  inputs.forEach((input, i) => {
    const r = publishVersion(out, input, `2026-03-0${i + 1}T08:00:00.000Z`, 'admin-1');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    out.push(r.value);
  });
  return out as Four<PolicyVersion>;
}
const ack = (staffId: string, v: PolicyVersion, at: string): PolicyAck => ({ staffId, documentKey: v.documentKey, version: v.version, hash: v.hash, at });

describe('the content hash', () => {
  it('is the SHA-256 of the canonical content: line ends and trailing spaces do not matter, a letter does', () => {
    const base = { titleAr: 'أ', titleEn: 'a', textAr: 'سطر\nسطر', textEn: 'x' };
    expect(policyHash(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(policyHash({ ...base, textAr: 'سطر  \r\nسطر\n' })).toBe(policyHash(base));
    expect(policyHash({ ...base, textAr: 'سطر\nسطور' })).not.toBe(policyHash(base));
  });
});

describe('publishing versions', () => {
  it('numbers versions per document; the first is material even when not marked', () => {
    const [v1, a1] = publishAll([policy, aid]);
    expect([v1.version, v1.material, a1.version, a1.roles]).toEqual([1, true, 1, ['follow-up-officer']]);
  });

  it('refuses an unchanged text, empty fields, a bad key and an unknown role, each by field', () => {
    const [v1] = publishAll([policy]);
    expect(publishVersion([v1], policy, 'x', 'a')).toEqual({ ok: false, error: { textAr: 'unchanged' } });
    const bad = publishVersion([], { ...aid, documentKey: 'Bad Key', titleAr: ' ', textEn: '', roles: ['janitor'] }, 'x', 'a');
    expect(bad).toEqual({ ok: false, error: { documentKey: 'bad-key', titleAr: 'required', textEn: 'required', roles: 'bad-role' } });
  });

  it('survives the catalog round trip; an entry edited after publishing is no version', () => {
    const [v1] = publishAll([policy]);
    const entry = policyToCatalog(v1);
    expect(entry.id).toBe('polv:beneficiary-relations@1');
    expect(policyFromCatalog(entry)).toEqual(v1);
    expect(policyFromCatalog({ ...entry, data: { ...entry.data, textAr: `${textAr} مضاف` } })).toBeNull();
  });
});

describe('sign-off (Art. 4)', () => {
  const staff: SignOffStaff[] = [
    { id: 'amal', displayName: 'أمل', roles: ['receptionist'], active: true },
    { id: 'badr', displayName: 'بدر', roles: ['follow-up-officer'], active: true },
    { id: 'gone', displayName: 'جابر', roles: ['receptionist'], active: false },
  ];
  const wording = { ...policy, textAr: `${textAr}\nتصحيح لغوي`, material: false };
  const material = { ...policy, textAr: `${textAr}\nبند جديد`, material: true };

  it('a wording fix keeps signatures; a material change asks again; roles decide who must sign', () => {
    const [v1, a1, v2] = publishAll([policy, aid, wording]);
    const acks = [ack('amal', v1, '2026-03-05T09:00:00.000Z'), ack('badr', a1, '2026-03-05T09:00:00.000Z')];
    const [pol, dis] = policySignOff(staff, [v1, a1, v2], acks, '2026-03-10T00:00:00.000Z') as Four<DocumentSignOff>;
    expect([pol.current.version, pol.required.version]).toEqual([2, 1]);
    expect(pol.signed.map((s) => [s.staffId, s.version])).toEqual([['amal', 1]]);
    expect(pol.unsigned).toEqual([{ staffId: 'badr', displayName: 'بدر', lastSigned: null }]);
    expect(dis.signed.map((s) => s.staffId)).toEqual(['badr']);
    expect(dis.unsigned).toEqual([]);
    expect(pendingPolicies(staff[0]!, [v1, a1, v2], acks, '2026-03-10T00:00:00.000Z')).toEqual([]);

    const [, , , v3] = publishAll([policy, aid, wording, material]);
    const later = policySignOff(staff, [v1, a1, v2, v3], acks, '2026-03-10T00:00:00.000Z')[0]!;
    expect(later.required.version).toBe(v3.version);
    expect(v3.version).toBe(3);
    expect(later.unsigned.find((u) => u.staffId === 'amal')?.lastSigned?.version).toBe(1);
    expect(pendingPolicies(staff[0]!, [v1, a1, v2, v3], acks, '2026-03-10T00:00:00.000Z').map((v) => v.version)).toEqual([3]);
  });

  it('counts nothing after asOf, and no signature whose hash matches no published text', () => {
    const [v1] = publishAll([policy]);
    const acks = [ack('amal', v1, '2026-03-20T09:00:00.000Z'), { ...ack('badr', v1, '2026-03-02T09:00:00.000Z'), hash: '0'.repeat(64) }];
    expect(policySignOff(staff, [v1], acks, '2026-02-28T00:00:00.000Z')).toEqual([]);
    const march10 = policySignOff(staff, [v1], acks, '2026-03-10T00:00:00.000Z')[0]!;
    expect(march10.signed).toEqual([]);
    expect(march10.unsigned.map((u) => u.staffId)).toEqual(['amal', 'badr']);
    expect(policySignOff(staff, [v1], acks, '2026-03-31T00:00:00.000Z')[0]!.signed.map((s) => s.staffId)).toEqual(['amal']);
  });

  it('a document the member published this session is deferred, not pending', () => {
    const [v1] = publishAll([policy]);
    const admin = { id: 'admin-1', roles: ['admin' as const] };
    expect(pendingPolicies(admin, [v1], [], '2026-03-10T00:00:00.000Z').map((v) => v.documentKey)).toEqual([ASSOCIATION_POLICY_KEY]);
    expect(pendingPolicies(admin, [v1], [], '2026-03-10T00:00:00.000Z', new Set([ASSOCIATION_POLICY_KEY]))).toEqual([]);
  });

  it('an acknowledgement is an audit entry of its signer, read back as the same acknowledgement', () => {
    const [v1] = publishAll([policy]);
    const entry = ackAuditEntry('amal', v1.documentKey, v1.version, v1.hash, 'typed');
    expect(entry).toEqual({ actorId: 'amal', action: 'policy.acknowledge', entity: 'policy', entityId: 'beneficiary-relations@1', fields: [v1.hash, 'typed'] });
    expect(ackFromAudit({ ...entry, at: '2026-03-05T09:00:00.000Z' })).toEqual(ack('amal', v1, '2026-03-05T09:00:00.000Z'));
    expect(ackFromAudit({ ...entry, action: 'session.sign-in', at: 'x' })).toBeNull();
  });
});
