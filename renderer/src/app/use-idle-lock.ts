import { useEffect } from 'react';
import { shouldAutoLock } from '@shared/staff/idle';
import { useSessionStore } from '../stores/session-store';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** Activity is recorded at most this often, so pointer moves do not flood the store. */
const TOUCH_THROTTLE_MS = 1_000;
/** setInterval (not a single long timeout) so page.clock in the e2e tests can fast-forward it. */
const CHECK_EVERY_MS = 5_000;

/** Locks the session after `idleMinutes` without pointer or keyboard activity. */
export function useIdleLock(active: boolean, idleMinutes: number): void {
  useEffect(() => {
    if (!active) return;
    const { touch, lock } = useSessionStore.getState();
    touch(Date.now());
    const onActivity = () => {
      const now = Date.now();
      if (now - useSessionStore.getState().lastActivity >= TOUCH_THROTTLE_MS) touch(now);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (shouldAutoLock(useSessionStore.getState().lastActivity, Date.now(), idleMinutes)) lock();
    }, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      window.clearInterval(timer);
    };
  }, [active, idleMinutes]);
}
