import { useAction } from '@renderer/components/use-action';
import type { Result } from '@shared/result';

/**
 * A step that returns a Result, run through useAction: busy while it runs, and the translation key
 * of what went wrong, whether the step refused (its key) or threw (shared/errors.ts), never the
 * exception's text. `toKey` turns a feature's refusal code into its translation key (the code itself by default).
 */
export function useResultAction(toKey: (code: string) => string = (code) => code) {
  const action = useAction(async (step: () => Promise<Result<unknown, string>>) => {
    const done = await step();
    return done.ok ? null : toKey(done.error);
  });
  const problem: string | null = action.error ?? action.result ?? null;
  return {
    busy: action.busy,
    problem,
    /** Runs the step; true when it went through. */
    run: async (step: () => Promise<Result<unknown, string>>): Promise<boolean> => {
      const done = await action.run(step);
      return done.ok && done.value === null;
    },
    clear: action.reset,
  };
}
