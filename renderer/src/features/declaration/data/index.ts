/** The declaration data API (policy 3.3d): create, sign on the pad or on paper, verify, and the request's declaration state. */
export { createDeclaration, correctDeclaration } from './create-declaration';
export { signOnPad, printForPaper, attachSignedScan, recordOutput, type DeclarationOutput } from './sign-declaration';
export { verifyCode, type VerificationOutcome } from './verify';
export { currentDeclaration, declarationsOf, declarationState, completedAt, type DeclarationState } from './current-completion';
export { readDeclaration } from './declaration-write';
export type { DeclarationDeps, DeclarationErrorCode } from './deps';
