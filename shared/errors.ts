/**
 * Thrown errors mapped to translation keys, in one place: a screen shows t(errorKey(error)),
 * never an exception's own text (it is English, technical, and may quote stored values).
 * Pure: errors are recognised by their name, code and cause chain, not by importing RxDB or Dexie.
 */
export const ERROR_KEYS = [
  'errors.failure.storage-full',
  'errors.failure.storage-closed',
  'errors.failure.storage-conflict',
  'errors.failure.storage',
  'errors.failure.network',
  'errors.failure.unknown',
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

type Inspectable = { name?: unknown; code?: unknown; message?: unknown; status?: unknown; rxdb?: unknown; cause?: unknown; inner?: unknown; parameters?: unknown };

/** The error and what it wraps: `cause` (standard), `inner` (Dexie), `parameters.error(s)` (RxDB). */
function chain(error: unknown): Inspectable[] {
  const out: Inspectable[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && out.length < 12) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null || out.includes(next as Inspectable)) continue;
    const item = next as Inspectable;
    out.push(item);
    const params = (typeof item.parameters === 'object' && item.parameters !== null ? item.parameters : {}) as { error?: unknown; errors?: unknown; writeError?: unknown };
    queue.push(item.cause, item.inner, params.error, params.writeError, ...(Array.isArray(params.errors) ? params.errors : []));
  }
  return out;
}

const named = (items: Inspectable[], names: readonly string[]) => items.some((e) => typeof e.name === 'string' && names.includes(e.name));

/** RxDB's code for a closed or removed collection (another window closed it, the desk was wiped). */
const CLOSED_CODES = ['COL21'];

export function errorKey(error: unknown): ErrorKey {
  const items = chain(error);
  if (named(items, ['QuotaExceededError'])) return 'errors.failure.storage-full';
  if (named(items, ['DatabaseClosedError', 'InvalidStateError']) || items.some((e) => (typeof e.code === 'string' && CLOSED_CODES.includes(e.code)) || (typeof e.message === 'string' && /^RxStorageInstance\w* is closed/.test(e.message)))) {
    return 'errors.failure.storage-closed';
  }
  if (items.some((e) => e.code === 'CONFLICT' || e.status === 409)) return 'errors.failure.storage-conflict';
  if (named(items, ['TimeoutError', 'NetworkError']) || items.some((e) => e.name === 'TypeError' && typeof e.message === 'string' && /fetch|network/i.test(e.message))) {
    return 'errors.failure.network';
  }
  if (items.some((e) => e.rxdb === true || (typeof e.name === 'string' && /^(RxError|RxTypeError|Dexie|.*(Abort|Constraint|Data|Version|Open)Error)$/.test(e.name)))) return 'errors.failure.storage';
  return 'errors.failure.unknown';
}
