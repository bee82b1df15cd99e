import { useAction } from '@renderer/components/use-action';
import type { Result } from '@shared/result';
import { caseErrorKey } from './case-error-key';

/**
 * A case step run through useAction: busy while it runs, and the translation key of what went wrong,
 * whether the step refused (a rule's code) or threw (shared/errors.ts), never the exception's text.
 */
export function useCaseAction() {
  const action = useAction(async (step: () => Promise<Result<unknown, { code: string }>>) => {
    const done = await step();
    return done.ok ? null : caseErrorKey(done.error.code);
  });
  const problem: string | null = action.error ?? action.result ?? null;
  return {
    busy: action.busy,
    problem,
    /** Runs the step; true when it went through. */
    run: async (step: () => Promise<Result<unknown, { code: string }>>): Promise<boolean> => {
      const done = await action.run(step);
      return done.ok && done.value === null;
    },
    clear: action.reset,
  };
}
