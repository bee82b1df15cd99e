/**
 * A visit step run through useAction: busy while it runs, and the translation key of what went wrong,
 * whether the step refused (its key) or threw (shared/errors.ts), never the exception's text.
 */
export { useResultAction as useVisitAction } from '@renderer/components/use-result-action';
