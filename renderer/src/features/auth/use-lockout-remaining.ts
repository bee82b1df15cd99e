import { useEffect, useState } from 'react';
import { lockoutRemainingMs } from '@shared/staff/lockout';
import type { WaslDatabase } from '@renderer/db/database';
import type { StaffDoc } from '@shared/db/schemas/staff.schema';

/** Live milliseconds until the staff member may try again (0 = not locked); ticks every second. */
export function useLockoutRemaining(db: WaslDatabase, staffId: string | null): number {
  const [doc, setDoc] = useState<Pick<StaffDoc, 'failedAttempts' | 'lockedUntil'> | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setDoc(null);
    if (!staffId) return;
    const subscription = db.staff.findOne(staffId).$.subscribe((value) => {
      setDoc(value ? { failedAttempts: value.failedAttempts, lockedUntil: value.lockedUntil } : null);
      setNow(Date.now());
    });
    return () => subscription.unsubscribe();
  }, [db, staffId]);
  const remaining = doc ? lockoutRemainingMs(doc, now) : 0;
  useEffect(() => {
    if (remaining <= 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, [remaining > 0]); // eslint-disable-line react-hooks/exhaustive-deps -- only start/stop the ticker
  return remaining;
}
