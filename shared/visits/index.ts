/** Supervisory visits (policy 3.8c-d): pure rules the desk applies before writing. */
export { checkVisitMove, moveVisit, visitEdge, VISIT_EDGES, RECORDING_STATUSES, type VisitMoveError } from './visit-status';
export { readiness, type DeskHoldings, type MissingPiece, type Readiness } from './ready-offline';
export { checkVisitPlan, newVisit, type VisitPlanInput, type VisitPlanErrors, type VisitPlanField, type CheckedPlan } from './visit-input';
export { actionDueDate, addFollowUp, completeAction, overdueActions, recordCheckItem, type ActionContext, type ActionError, type ChecklistError } from './checklist';
export { addInterview, addPhoto, removePhoto, setFindings, type PhotoMeta, type RecordError } from './visit-record';
export { buildVisitReport, PHOTO_CONSENT_WORDS, RESULT_WORDS, type VisitReportInput } from './visit-report';
export { linkInterviews, unlistedInterviews, visitInterviewIds, type InterviewAnswerRef } from './visit-interviews';
