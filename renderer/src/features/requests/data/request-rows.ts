import type { Observable } from 'rxjs';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { DueState } from '@shared/intake/queues';

/** A request with its highlight and the working days left (null when no clock runs). */
export type QueueRow = { request: RequestDoc; dueState: DueState; remainingWorkingDays: number | null };

/** Where the lists come from; the app wires them to the intake queries. */
export type RequestSources = {
  unitQueue: (unitId: string) => Observable<QueueRow[]>;
  /** The first `limit` rows of each due list, and how many each holds in all. */
  dueLists: (limit: number) => Observable<{ overdue: QueueRow[]; dueSoon: QueueRow[]; overdueCount: number; dueSoonCount: number }>;
  /** Signed requests waiting for the receptionist to refer them (policy 3.3d). */
  toRefer: () => Observable<QueueRow[]>;
};

/** Rows of each due list shown at first, and added by each "show more". */
export const DUE_LIST_STEP = 50;
