/** The visits feature's data layer: every read and write of a visit goes through here. */
export { mayPlanVisits, VISIT_PLANNERS, type VisitsDeps } from './deps';
export { planVisit, visitType, type PlanError } from './plan-visit';
export { addAction, markActionDone, moveTo, recordItem, saveFindings } from './record-visit';
export { visitReadiness } from './readiness';
export { addVisitPhoto, deleteVisitPhoto, photoBlob, uploadPhotos, type PhotoInput } from './photos';
export { interviewAnswers, linkPendingInterviews, recordInterview, visitQuestionnaires, watchInterviews, writeInterviewAnswer, type InterviewError, type VisitInterviews } from './interviews';
export { outputVisitReport, visitReportFileName, visitReportInput } from './report';
export { readVisit } from './visit-write';
export { openActions, watchTargetLabel, watchQuestionnaires, watchStaffOptions, watchVisit, watchVisits, watchVisitTypes, type OpenAction, type StaffOption } from './queries';
