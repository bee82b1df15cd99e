/**
 * The one outcome shape of an operation that can fail with a known, typed error: every module in
 * shared/ and the renderer returns this (a form's per-field errors are one kind of E, see FieldErrors),
 * so a screen reads one shape whatever it called. Unexpected failures are thrown, and mapped to a
 * translated code in one place (shared/errors.ts).
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** A form's refusal: the error code of each field that did not pass, keyed by field. */
export type FieldErrors<F extends string, C extends string = string> = Partial<Record<F, C>>;

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
