/**
 * The translation key of a refusal: the shared rules' codes ('case.*': the status machine and the
 * new-case input) and the file store's ('file.*') are translated once for every screen under errors.*,
 * a thrown failure already is a key (errors.failure.*, shared/errors.ts), and the desk's own checks
 * ('cases.*') are in the cases block.
 */
export function caseErrorKey(code: string): string {
  if (code.startsWith('errors.')) return code;
  return code.startsWith('cases.') ? `cases.errors.${code}` : `errors.${code}`;
}
