/**
 * Push rights: which role may create, update or delete documents of which collection (ARCHITECTURE.md,
 * "Roles"). Data, so the table can be read next to the policy. Admin may do everything; a collection
 * missing here accepts nobody's pushes but an admin's (fail closed when a new collection lands).
 */
import { ROLES, type Role } from '../staff/roles';

export type Operation = 'create' | 'update' | 'delete';

type Rights = Partial<Record<Role, readonly Operation[]>>;

const CU: readonly Operation[] = ['create', 'update'];
const U: readonly Operation[] = ['update'];
const C: readonly Operation[] = ['create'];
const CUD: readonly Operation[] = ['create', 'update', 'delete'];
const everyone = (ops: readonly Operation[]): Rights => Object.fromEntries(ROLES.map((role) => [role, ops])) as Rights;

export const PUSH_RIGHTS: Readonly<Record<string, Rights>> = {
  // Accounts and the catalog (types, units, holidays, desks) are the administration's.
  staff: {},
  catalog: {},
  // Files are registered at reception and in the field; officers correct them while they work a request.
  beneficiaries: { receptionist: CU, 'field-worker': CU, 'follow-up-officer': U, 'liaison-officer': U },
  // Intake at reception; officers and managers move requests on; liaison officers inform. The status
  // machine's "who" column (shared/intake/transition-rules.ts) decides which moves each may make.
  requests: { receptionist: CU, 'follow-up-officer': U, 'liaison-officer': U, manager: U },
  declarations: { receptionist: CU },
  // Cases (policy 3.5, 3.7): recorded at reception or by the officers (and by the server for the public
  // page); officers and management work them. Never deleted: a closed case is the record. The status
  // machine's "who" column and each case's own rules (shared/accounts/case-sync-rules.ts) decide the rest.
  // Committee members work compensation cases only (policy 3.4; case-sync-rules.ts refuses the rest).
  cases: { receptionist: CU, 'liaison-officer': CU, 'follow-up-officer': CU, manager: CU, 'committee-member': CU },
  // Supervisory visits (policy 3.8c): management plans them and follows the corrective actions; the field
  // worker records its own (the status machine, shared/visits/visit-status.ts, says which moves are whose).
  visits: { manager: CU, 'follow-up-officer': U, 'field-worker': U },
  // Surveys (policy 3.8): answers are taken at reception, by phone and in the field; definitions are
  // management's (shared/accounts/survey-sync-rules.ts). Never deleted: an answer is a record.
  surveys: { receptionist: CU, 'field-worker': CU, 'follow-up-officer': CU, 'liaison-officer': CU, manager: CU },
  // Append-only logs: anyone who talks to beneficiaries records it; every action is audited.
  // (the committee logs its negotiation contacts with a harmed beneficiary: policy 3.4c)
  interactions: { receptionist: C, 'field-worker': C, 'follow-up-officer': C, 'liaison-officer': C, manager: C, 'committee-member': C },
  audit: everyone(C),
  // Whoever meets a conflict may resolve it.
  conflicts: everyone(CUD),
};

export function mayPush(roles: readonly Role[], collection: string, operation: Operation): boolean {
  if (roles.includes('admin')) return true;
  const rights = PUSH_RIGHTS[collection];
  if (!rights) return false;
  return roles.some((role) => rights[role]?.includes(operation) ?? false);
}
