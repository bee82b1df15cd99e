import { useResultAction } from '@renderer/components/use-result-action';

/**
 * A refusal's translation key: the data request's rules under dataRequests.errors, the retention
 * review's under dataRequests.retention.errors, the outbox's (the extension's notice) under outbox.errors.
 */
export function dataRequestErrorKey(code: string): string {
  if (code.startsWith('outbox.')) return `outbox.errors.${code.slice('outbox.'.length)}`;
  if (code.startsWith('retention.')) return `dataRequests.retention.errors.${code.slice('retention.'.length)}`;
  return `dataRequests.errors.${code.replace(/^data-request\./, '')}`;
}

/** A data-request step (components/use-result-action.ts) with its refusals under their translation keys. */
export const useDataRequestAction = () => useResultAction(dataRequestErrorKey);
