/** The surveys data API, for the surveys screens and the app's composition. */
export type { SurveysDeps } from './deps';
export { watchStaffChoices, type StaffChoice } from './staff';
export type { RatedService } from './after-service';
