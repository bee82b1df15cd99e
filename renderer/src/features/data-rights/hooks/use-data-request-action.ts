import { useAction } from '@renderer/components/use-action';
import type { Result } from '@shared/result';

/**
 * A refusal's translation key: the data request's rules under dataRequests.errors, the retention
 * review's under dataRequests.retention.errors, the outbox's (the extension's notice) under outbox.errors.
 */
export function dataRequestErrorKey(code: string): string {
  if (code.startsWith('outbox.')) return `outbox.errors.${code.slice('outbox.'.length)}`;
  if (code.startsWith('retention.')) return `dataRequests.retention.errors.${code.slice('retention.'.length)}`;
  return `dataRequests.errors.${code.replace(/^data-request\./, '')}`;
}

/**
 * A data-request step run through useAction: busy while it runs, and the translation key of what went
 * wrong, whether the rule refused (its code) or the write threw (shared/errors.ts), never raw text.
 */
export function useDataRequestAction() {
  const action = useAction(async (step: () => Promise<Result<unknown, string>>) => {
    const done = await step();
    return done.ok ? null : dataRequestErrorKey(done.error);
  });
  return {
    busy: action.busy,
    problem: (action.error ?? action.result ?? null) as string | null,
    run: async (step: () => Promise<Result<unknown, string>>): Promise<boolean> => {
      const done = await action.run(step);
      return done.ok && done.value === null;
    },
    clear: action.reset,
  };
}
