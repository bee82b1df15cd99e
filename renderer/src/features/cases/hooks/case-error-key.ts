/**
 * The translation key of a refusal: the file store's codes are translated once for every feature
 * (errors.file.*), a thrown failure already is a key (errors.failure.*, shared/errors.ts), and the case
 * machine's codes ('case.*') and the desk's ('cases.*') are in the cases block.
 */
export function caseErrorKey(code: string): string {
  if (code.startsWith('errors.')) return code;
  return code.startsWith('file.') ? `errors.${code}` : `cases.errors.${code}`;
}
