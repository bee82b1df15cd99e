import type { Observable } from 'rxjs';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { DueState } from '@shared/intake/queues';

/** A request with its highlight and the working days left (null when no clock runs). */
export type QueueRow = { request: RequestDoc; dueState: DueState; remainingWorkingDays: number | null };

/** The first rows of a queue, and how many it holds in all. */
export type QueuePage = { rows: QueueRow[]; count: number };

/** Where the lists come from; the app wires them to the intake queries. */
export type RequestSources = {
  /** The first `limit` rows of a unit's queue (referred and under study), and its count. */
  unitQueue: (unitId: string, limit: number) => Observable<QueuePage>;
  /** The first `limit` rows of each due list, and how many each holds in all. */
  dueLists: (limit: number) => Observable<{ overdue: QueueRow[]; dueSoon: QueueRow[]; overdueCount: number; dueSoonCount: number }>;
  /** The first `limit` signed requests waiting for the receptionist to refer them (policy 3.3d), and their count. */
  toRefer: (limit: number) => Observable<QueuePage>;
};

/** Rows of each list shown at first, and added by each "show more". */
export const LIST_STEP = 50;
