import { useMemo } from 'react';
import { of } from 'rxjs';
import { holidayCoverage, type HolidayCoverage } from '@shared/calendar/holiday-coverage';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { useObservable } from '@renderer/components/use-observable';
import { watchHolidays } from '@renderer/db/catalog-admin';
import type { WaslDatabase } from '@renderer/db/database';

/**
 * How far ahead the live holiday table reaches from today in Riyadh (null until read, or when `enabled` is
 * false: only admins can act on it, so other roles do not watch the table).
 */
export function useHolidayCoverage(db: WaslDatabase, enabled: boolean, now: () => number = Date.now): HolidayCoverage | null {
  const holidays = useObservable(() => (enabled ? watchHolidays(db) : of(null)), [db, enabled], null);
  return useMemo(() => (holidays ? holidayCoverage(holidays, riyadhDateOf(now())) : null), [holidays, now]);
}
