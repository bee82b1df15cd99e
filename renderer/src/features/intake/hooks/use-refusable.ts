import { useAction } from '@renderer/components/use-action';
import type { Refusal } from '../components/refusal-alert';

/** What a thrown failure shows as: the intake's own "failed" refusal, with the translated reason. */
export const failedRefusal = (reason: string): Refusal => ({ code: 'intake.failed', reason });

/**
 * An intake step run through useAction: busy while it runs, and the refusal to show, whether the
 * step returned it (a rule said no) or threw (mapped to a translated reason, never its text).
 */
export function useRefusable() {
  const action = useAction((step: () => Promise<Refusal | null>) => step());
  const refusal: Refusal | null = action.error ? failedRefusal(action.error) : (action.result ?? null);
  return {
    busy: action.busy,
    refusal,
    /** Runs the step; resolves to its refusal, or null when it went through. */
    run: async (step: () => Promise<Refusal | null>): Promise<Refusal | null> => {
      const done = await action.run(step);
      return done.ok ? done.value : failedRefusal(done.error);
    },
    clear: action.reset,
  };
}
