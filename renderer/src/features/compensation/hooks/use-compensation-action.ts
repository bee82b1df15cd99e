import { useAction } from '@renderer/components/use-action';
import type { Result } from '@shared/result';

/** 'compensation.stale-version' → 'compensation.errors.stale-version' (ar.json / en.json). */
export const compensationErrorKey = (code: string): string => `compensation.errors.${code.replace(/^compensation\./, '')}`;

/**
 * A compensation step run through useAction: busy while it runs, and the translation key of what went
 * wrong, whether the rule refused (its code) or the write threw (shared/errors.ts), never raw text.
 */
export function useCompensationAction() {
  const action = useAction(async (step: () => Promise<Result<unknown, { code: string }>>) => {
    const done = await step();
    return done.ok ? null : compensationErrorKey(done.error.code);
  });
  return {
    busy: action.busy,
    problem: (action.error ?? action.result ?? null) as string | null,
    run: async (step: () => Promise<Result<unknown, { code: string }>>): Promise<boolean> => {
      const done = await action.run(step);
      return done.ok && done.value === null;
    },
    clear: action.reset,
  };
}
