/** The compensation data API, for its screens and the app's composition. */
export type { CompensationDeps } from './deps';
export { readCompensation, type CompensationFailure } from './compensation-write';
export { decideOnMinute } from './decide';
export { openFromCase } from './open';
export { moveTo, saveMinute, saveRuling, logContact, saveSettlement, savePayment, closeInformed } from './work';
export { watchCommittee, watchStaffNames, type CommitteeMember } from './committee';
export { watchCompensations, watchCompensation, watchOrigin } from './queries';
export { minuteDocumentInput, outputMinute } from './minute-pdf';
export { parseAmount, formatAmount } from './amount';
export { verifyMinute, parseMinuteCode, type MinuteCheck } from './verify-minute';
