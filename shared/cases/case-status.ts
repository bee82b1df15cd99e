/**
 * The statuses of a case and its status machine as a table (policy 3.5, 3.7): one row per edge, who may
 * take it, and what must hold. The effects live in case-transition.ts; this file is the table to review.
 *
 *   received → assigned → in-progress ⇄ waiting-for-complainant → resolved → informed → closed
 *   escalated (to management) from any open state; management sends it back to work or resolves it.
 *   reassigning is a move to 'assigned' from any working state. A closed case never reopens: an appeal
 *   is a new case linked by `appealOf` (case-appeal.ts).
 */
import type { Role } from '../staff/roles';

export const CASE_STATUSES = [
  'received',
  'assigned',
  'in-progress',
  'waiting-for-complainant',
  'escalated',
  'resolved',
  'informed',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Every status but 'closed': a case can be escalated from any of them. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((status) => status !== 'closed');

/**
 * The working-day clock runs in these (the answer is not yet given); it is paused while waiting for the
 * complainant and stopped from 'resolved' on (the loop-closing steps are tracked, not clocked).
 */
export const CLOCK_RUNNING_CASE_STATUSES: readonly CaseStatus[] = ['received', 'assigned', 'in-progress', 'escalated'];

/** Statuses in which the case is still someone's work (they may hand it over: reassign). */
const WORKING: readonly CaseStatus[] = ['assigned', 'in-progress', 'waiting-for-complainant', 'escalated'];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

/** What an edge needs besides the actor; checked by case-transition.ts. */
export type CaseCondition =
  | 'officer' // names an officer not concerned by the case (assign)
  | 'reason' // a reason is given
  | 'resolution' // an amicable agreement, or a decision with its summary
  | 'outcome-told' // the outcome reached the complainant on the agreed channel, or N attempts failed
  | 'loop-closed'; // the complainant's response is recorded (accepts / unreachable / a dispute opened)

export type CaseEdge = {
  from: readonly CaseStatus[];
  to: CaseStatus;
  /** Roles that may take the edge ('any-staff': any role). Admin always may. */
  roles: readonly Role[] | 'any-staff';
  /** Roles that count only for the case's own officer (a liaison officer works their own cases). */
  officerBound?: readonly Role[];
  conditions: readonly CaseCondition[];
};

const OFFICERS: readonly Role[] = ['liaison-officer', 'follow-up-officer'];
const WORKERS: readonly Role[] = [...OFFICERS, 'manager'];

/**
 * The machine. Any move by a staff member the case concerns is refused before this table is read
 * (conflict of interest), whatever their role.
 */
export const CASE_EDGES: readonly CaseEdge[] = [
  // Routing at intake assigns as the liaison matrix says, so whoever records the case may take it.
  { from: ['received'], to: 'assigned', roles: 'any-staff', conditions: ['officer'] },
  // Handing over: the follow-up unit and management dispatch; an officer hands over only their own case.
  { from: WORKING, to: 'assigned', roles: WORKERS, officerBound: ['liaison-officer'], conditions: ['officer'] },
  { from: ['assigned'], to: 'in-progress', roles: WORKERS, officerBound: OFFICERS, conditions: [] },
  { from: ['in-progress'], to: 'waiting-for-complainant', roles: WORKERS, officerBound: OFFICERS, conditions: ['reason'] },
  // The complainant answered: the clock resumes.
  { from: ['waiting-for-complainant'], to: 'in-progress', roles: WORKERS, officerBound: OFFICERS, conditions: [] },
  // Management takes an escalated case back to work itself, or decides it.
  { from: ['escalated'], to: 'in-progress', roles: ['manager'], conditions: [] },
  { from: ['in-progress'], to: 'resolved', roles: WORKERS, officerBound: OFFICERS, conditions: ['resolution'] },
  { from: ['escalated'], to: 'resolved', roles: ['manager'], conditions: ['resolution'] },
  { from: ['resolved'], to: 'informed', roles: WORKERS, officerBound: OFFICERS, conditions: ['outcome-told'] },
  { from: ['informed'], to: 'closed', roles: WORKERS, officerBound: OFFICERS, conditions: ['loop-closed'] },
  // Policy 3.8(e): anyone who meets a case going wrong may put it before management.
  { from: OPEN_CASE_STATUSES.filter((status) => status !== 'escalated'), to: 'escalated', roles: 'any-staff', conditions: ['reason'] },
];

/** The edge from `from` to `to`, or undefined when the machine has none. */
export function caseEdge(from: CaseStatus, to: CaseStatus): CaseEdge | undefined {
  return CASE_EDGES.find((edge) => edge.to === to && edge.from.includes(from));
}

/** The statuses reachable from `from` in one step (for menus; roles and conditions still apply). */
export function nextCaseStatuses(from: CaseStatus): CaseStatus[] {
  return [...new Set(CASE_EDGES.filter((edge) => edge.from.includes(from)).map((edge) => edge.to))];
}
