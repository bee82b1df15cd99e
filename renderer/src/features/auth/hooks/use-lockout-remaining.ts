import { useEffect, useState } from 'react';
import { lockoutRemainingMs, type LockoutState } from '@shared/staff/lockout';
import type { WaslDatabase } from '@renderer/db/database';

/** Live milliseconds until the staff member may try again (0 = not locked); ticks every second. */
export function useLockoutRemaining(db: WaslDatabase, staffId: string | null): number {
  // Tagged with the staff id, so a previous member's state never shows for the next one.
  const [stored, setStored] = useState<{ staffId: string; state: LockoutState | null } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!staffId) return;
    const subscription = db.staff.findOne(staffId).$.subscribe((value) => {
      setStored({ staffId, state: value ? { failedAttempts: value.failedAttempts, lockedUntil: value.lockedUntil } : null });
      setNow(Date.now());
    });
    return () => subscription.unsubscribe();
  }, [db, staffId]);
  const state = stored && stored.staffId === staffId ? stored.state : null;
  const remaining = state ? lockoutRemainingMs(state, now) : 0;
  const ticking = remaining > 0;
  useEffect(() => {
    if (!ticking) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  return remaining;
}
