/** Art. 4 on a real desk database: publishing and signing write everything or nothing. */
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { acknowledgePolicy } from '../../renderer/src/features/policy/data/acknowledge-policy';
import { BUNDLED_POLICY } from '../../renderer/src/features/policy/data/bundled-policy';
import { policyState$, readPolicyVersions } from '../../renderer/src/features/policy/data/policy-queries';
import { publishPolicy } from '../../renderer/src/features/policy/data/publish-policy';
import { pendingPolicies, type PolicyVersion } from '../../shared/policy';
import { hashPassword } from '../../shared/staff/password-hash';
import { DESK_ID, fakeDexieStorage, staffDoc, uniqueName } from './db-fixtures';

const ADMIN_ID = '3f6e2b1c-8a9d-4e7f-b6a5-1c2d3e4f5a6b';
const CLERK = { staffId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', displayName: 'سارة القحطاني', deskId: DESK_ID };
const PASSWORD = 'Reception-77x';

let db: WaslDatabase;
beforeEach(async () => {
  db = await createWaslDatabase({ name: uniqueName('wasl-policy-'), storage: fakeDexieStorage() });
  const passwordHash = await hashPassword(PASSWORD, new Uint8Array(16).fill(7));
  await db.staff.insert(staffDoc({ id: CLERK.staffId, username: 'sara.q', displayName: CLERK.displayName, roles: ['receptionist'], passwordHash }));
});
afterEach(async () => db.close());

const auditCount = async (action: string) => (await db.audit.find({ selector: { action } }).exec()).length;

describe('publishing', () => {
  it('publishes the bundled policy as version 1 (material, for everyone); the same text again writes nothing', async () => {
    expect(BUNDLED_POLICY.textAr).toContain('مادة (1)');
    const first = await publishPolicy(db, ADMIN_ID, DESK_ID, BUNDLED_POLICY, new Date('2026-03-01T08:00:00Z'));
    expect(first.ok && [first.value.version, first.value.material, first.value.roles]).toEqual([1, true, []]);
    const again = await publishPolicy(db, ADMIN_ID, DESK_ID, BUNDLED_POLICY);
    expect(again).toEqual({ ok: false, error: { textAr: 'unchanged' } });
    expect((await readPolicyVersions(db)).map((v) => v.version)).toEqual([1]);
    expect(await auditCount('policy.publish')).toBe(1);
  });

  it('an added tool policy with an empty English text is refused whole', async () => {
    const refused = await publishPolicy(db, ADMIN_ID, DESK_ID, { documentKey: 'aid-disbursement', titleAr: 'صرف المساعدات', titleEn: 'Aid', textAr: 'نص', textEn: ' ', roles: ['follow-up-officer'], material: true });
    expect(refused).toEqual({ ok: false, error: { textEn: 'required' } });
    expect(await readPolicyVersions(db)).toEqual([]);
    expect(await auditCount('policy.publish')).toBe(0);
  });
});

describe('signing', () => {
  let version: PolicyVersion;
  beforeEach(async () => {
    const published = await publishPolicy(db, ADMIN_ID, DESK_ID, BUNDLED_POLICY);
    if (!published.ok) throw new Error('publish failed');
    version = published.value;
  });

  it('refuses unread, a wrong name and a wrong password, storing nothing; then signs once', async () => {
    const input = { readToEnd: true, typedName: CLERK.displayName, password: PASSWORD };
    expect(await acknowledgePolicy(db, CLERK, version, { ...input, readToEnd: false })).toEqual({ ok: false, error: 'not-read' });
    expect(await acknowledgePolicy(db, CLERK, version, { ...input, typedName: 'نورة العتيبي' })).toEqual({ ok: false, error: 'name-mismatch' });
    expect(await acknowledgePolicy(db, CLERK, version, { ...input, password: 'wrong-one-1' })).toEqual({ ok: false, error: 'wrong-password' });
    expect(await acknowledgePolicy(db, CLERK, version, { ...input, password: '' })).toEqual({ ok: false, error: 'password-required' });
    expect(await auditCount('policy.acknowledge')).toBe(0);

    const clerk = { id: CLERK.staffId, roles: ['receptionist' as const] };
    let state = await firstValueFrom(policyState$(db));
    expect(pendingPolicies(clerk, state.versions, state.acks, '9999').map((v) => v.version)).toEqual([1]);
    // Spaces around and inside the typed name do not matter.
    expect(await acknowledgePolicy(db, CLERK, version, { ...input, typedName: `  سارة   القحطاني ` })).toEqual({ ok: true, value: undefined });
    state = await firstValueFrom(policyState$(db));
    expect(state.acks).toEqual([expect.objectContaining({ staffId: CLERK.staffId, documentKey: version.documentKey, version: 1, hash: version.hash })]);
    expect(pendingPolicies(clerk, state.versions, state.acks, '9999')).toEqual([]);
    const [entry] = await db.audit.find({ selector: { action: 'policy.acknowledge' } }).exec();
    expect(entry?.toJSON()).toMatchObject({ actorId: CLERK.staffId, updatedBy: CLERK.staffId, deskId: DESK_ID, entityId: 'beneficiary-relations@1' });
  });
});
