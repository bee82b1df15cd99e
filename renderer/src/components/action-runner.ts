import { errorKey } from '@shared/errors';
import { err, ok, type Result } from '@shared/result';

/** What a screen shows of an action: running, its translated error key, its last value. */
export type ActionState<T> = { busy: boolean; error: string | null; result: T | undefined };

export const IDLE: ActionState<never> = { busy: false, error: null, result: undefined };

/**
 * The state machine behind useAction, plain so it is tested without a DOM. A thrown error
 * becomes a translation key (shared/errors.ts), never its text; only the latest run publishes
 * (an older, slower run finishing late does not overwrite it); nothing publishes once disposed
 * (the screen is gone).
 */
export function createActionRunner<T>(publish: (state: ActionState<T>) => void) {
  let state: ActionState<T> = IDLE;
  let latest = 0;
  let attached = true;
  const set = (next: ActionState<T>) => {
    state = next;
    if (attached) publish(state);
  };
  return {
    async run(action: () => Promise<T>): Promise<Result<T, string>> {
      const mine = ++latest;
      set({ ...state, busy: true, error: null });
      try {
        const value = await action();
        if (mine === latest) set({ busy: false, error: null, result: value });
        return ok(value);
      } catch (thrown) {
        const key = errorKey(thrown);
        if (mine === latest) set({ ...state, busy: false, error: key });
        return err(key);
      }
    },
    /** A refusal the action returned (a typed Result): shown like a thrown error, as a key. */
    fail(key: string) {
      set({ ...state, busy: false, error: key });
    },
    reset() {
      latest++;
      set(IDLE);
    },
    attach() {
      attached = true;
    },
    dispose() {
      attached = false;
    },
  };
}
