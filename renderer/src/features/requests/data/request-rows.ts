import type { Observable } from 'rxjs';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { DueState } from '@shared/intake/queues';

/** A request with its highlight and the working days left (null when no clock runs). */
export type QueueRow = { request: RequestDoc; dueState: DueState; remainingWorkingDays: number | null };

/** Where the lists come from; the app wires them to the intake queries. */
export type RequestSources = {
  unitQueue: (unitId: string) => Observable<QueueRow[]>;
  dueLists: () => Observable<{ overdue: QueueRow[]; dueSoon: QueueRow[] }>;
  /** Signed requests waiting for the receptionist to refer them (policy 3.3d). */
  toRefer: () => Observable<QueueRow[]>;
};
