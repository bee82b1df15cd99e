/** Messages between the screen and the dashboard's worker (structured-cloneable). */
import type { Dashboard, DashboardData, DashboardQuery } from '@shared/dashboard/compute';
import type { SheetSpec } from './workbook';

export type WorkerRequest =
  | { id: number; type: 'load'; data: DashboardData }
  | { id: number; type: 'compute'; query: DashboardQuery }
  | { id: number; type: 'xlsx'; sheets: SheetSpec[]; creator: string; created: Date };

export type WorkerResponse =
  | { id: number; ok: true; type: 'load' }
  | { id: number; ok: true; type: 'compute'; dashboard: Dashboard; ms: number }
  | { id: number; ok: true; type: 'xlsx'; bytes: ArrayBuffer; ms: number }
  | { id: number; ok: false; message: string };
