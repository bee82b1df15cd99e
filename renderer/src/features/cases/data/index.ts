/** The cases data API, for the cases screens and the app's composition. */
export { createCase, nextCaseNumber, type NewCaseInput, type ScanInput } from './create-case';
export { moveCase, casesError, type CasesError, type CasesErrorCode, type MoveResult } from './move-case';
export { informComplainant, type ContactAttempt } from './inform';
export { recordComplainantResponse, whyNotClosable, openDisputeAndClose, openAppeal } from './respond';
export { confirmLink, rejectLink, setCaseDetails, routeReceived, type CaseDetails } from './link-and-route';
export { findProposedFiles, type ProposedFile } from './proposed-files';
export { watchCase, watchCaseRow, watchCaseQueues, watchCasesOfBeneficiary, watchLinkedCases, watchToday, type CaseRow, type CaseQueues } from './queries';
export { watchFollowUp, type FollowUp, type OfficerFigures } from './follow-up';
export { watchLiaisonOfFile, type LiaisonLine } from './liaison';
export {
  logChangeContact, mayInformOfChanges, readToInform, watchChangedTypes, watchToInform, CHANGE_RECORD_KIND, changeRecordId,
  type ChangedType, type ChangeContactInput, type InformList, type InformRow,
} from './inform-of-changes';
export { FAX_CHANNEL } from './check-new-case';
export { offeredMoves } from './offered-moves';
export type { CasesDeps } from './deps';
