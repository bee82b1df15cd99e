/** The intake data API (I1), for the intake UI. */
export { startIntake, nextRequestNumber } from './start-intake';
export { updateDraft, DRAFT_AUDIT_WINDOW_MS, type DraftPatch, type ChecklistPatch } from './update-draft';
export { attachToRequirement, detachFromRequirement, type AttachmentInput } from './attach';
export { applyTransition, type TransitionRequest, type TransitionResult, type NoticeSent } from './apply-transition';
export { recordDeclarationSigned } from './record-signed';
export { logInteraction, type InteractionInput } from './log-interaction';
export { watchRequest, watchRequestsOfBeneficiary, watchToday, type DueRow } from './queries';
export { watchUnitQueue, watchToRefer, type QueueList } from './queue-lists';
export { watchDueLists, type DueLists } from './due-lists';
export { LIST_PAGE } from './list-reads';
export { watchTimeline, mergeTimeline, type TimelineItem } from './timeline';
export type { IntakeDeps, IntakeError, IntakeErrorCode, InteractionErrorCode } from './deps';
