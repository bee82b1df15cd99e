/**
 * The values an erasure writes in place of personal data (PDPL Art. 18: destruction of personal data once
 * its purpose ends; anonymised data is no longer personal data, Art. 1 "personal data" definition). The
 * schemas require some fields non-empty (a name part, a description): those get ERASED_TEXT, every other
 * personal text becomes ''. The placeholders are fixed and the same for everyone, so an anonymised file
 * says nothing about who it was and an erasure applied twice writes the same bytes (idempotent).
 */
export const ERASED_TEXT = '—';
/** A syntactically valid national ID (the schema's pattern) that no person holds: '1' and nine zeros. */
export const ERASED_NATIONAL_ID = '1000000000';

/** Strips free text from a history entry's optional reason/note (they may quote the person); keeps the rest. */
export function withoutReasons<T extends { reason?: string; note?: string }>(entry: T): T {
  const out = { ...entry };
  if (out.reason !== undefined) out.reason = '';
  if (out.note !== undefined) out.note = '';
  return out;
}

/** A file reference's content hash: the file store deletes by it. */
export type FileHash = string;
