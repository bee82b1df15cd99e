/**
 * The policy library as the desk holds it: published versions (catalog entries) and the
 * acknowledgements (audit entries) of those versions, live. Acknowledgements are looked up by
 * their version keys through the audit's entityId index, never by scanning the whole log.
 */
import { combineLatest, map, switchMap, type Observable } from 'rxjs';
import type { WaslDatabase } from '@renderer/db/database';
import { POLICY_VERSION_KIND, ackFromAudit, policyFromCatalog, versionKey, type PolicyAck, type PolicyVersion, type SignOffStaff } from '@shared/policy';

export type PolicyState = { versions: PolicyVersion[]; acks: PolicyAck[] };

const versionsOf = (docs: readonly { toJSON: () => unknown }[]): PolicyVersion[] =>
  docs.flatMap((doc) => policyFromCatalog(doc.toJSON() as Parameters<typeof policyFromCatalog>[0]) ?? []);

export async function readPolicyVersions(db: WaslDatabase): Promise<PolicyVersion[]> {
  return versionsOf(await db.catalog.find({ selector: { kind: POLICY_VERSION_KIND } }).exec());
}

export function policyState$(db: WaslDatabase): Observable<PolicyState> {
  return db.catalog.find({ selector: { kind: POLICY_VERSION_KIND } }).$.pipe(
    map(versionsOf),
    switchMap((versions) => {
      const keys = versions.map((v) => versionKey(v.documentKey, v.version));
      return db.audit.find({ selector: { entityId: { $in: keys } } }).$.pipe(
        map((docs) => ({ versions, acks: docs.flatMap((doc) => ackFromAudit(doc.toJSON()) ?? []) })),
      );
    }),
  );
}

/** Everyone the sign-off list counts: the desk's staff accounts. */
export function signOffState$(db: WaslDatabase): Observable<PolicyState & { staff: SignOffStaff[] }> {
  const staff$ = db.staff.find().$.pipe(map((docs) => docs.map((d) => ({ id: d.id, displayName: d.displayName, roles: [...d.roles], active: d.active }))));
  return combineLatest([policyState$(db), staff$]).pipe(map(([state, staff]) => ({ ...state, staff })));
}
