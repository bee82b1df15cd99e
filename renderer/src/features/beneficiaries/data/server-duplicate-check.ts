/**
 * The registry form's online duplicate lookup (POST /registry/duplicate-check). A field worker's desk
 * holds no other desk's files (PDPL data minimisation, policy 3.6b), so while online the form asks the
 * server whether a national ID or mobile is on file elsewhere and learns only those files' duplicate-check
 * fields. Offline, past ~3 s, refused (403) or rate-limited (429): null, and the form says it checked this
 * desk only; the server still flags the duplicate when the file syncs (server/sync/duplicates.ts).
 */
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';

/** The sync server and the desk's access token; null while the desk does not sync. */
export type RegistryServer = { url: string; token: string };

/** Another desk's file as the server shows it: the duplicate-check fields only, never the whole file. */
export type ServerMatch = Pick<BeneficiaryDoc, 'id' | 'fileNumber' | 'fullName' | 'nationalId' | 'birthDate' | 'mobiles' | 'deskId'> &
  Partial<Pick<BeneficiaryDoc, 'name' | 'mergedInto'>> & {
    /** the name of the desk that registered it, as the server's desk register has it */
    deskName?: string;
  };

export type ServerQuery = { nationalId: string; mobiles: readonly string[] };

export const LOOKUP_TIMEOUT_MS = 3000;
/** Answers kept for this page, so a value is asked once (the server allows 120 lookups per 10 minutes). */
const answered = new Map<string, readonly ServerMatch[]>();
const KEPT = 200;

const isMatch = (value: unknown): value is ServerMatch => {
  const row = value as Partial<ServerMatch> | null;
  return typeof row?.id === 'string' && typeof row.fileNumber === 'string';
};

/** The registering desk's name from the answer's `desks` (by desk id), when it gives one. */
function withDeskName(match: ServerMatch, desks: unknown): ServerMatch {
  const desk = typeof desks === 'object' && desks !== null ? (desks as Record<string, { name?: unknown } | undefined>)[match.deskId] : undefined;
  return typeof desk?.name === 'string' && desk.name !== '' ? { ...match, deskName: desk.name } : match;
}

/** The server's matches, or null when only this desk could be checked (offline, timeout, 403, 429, any failure). */
export async function lookupOnServer(server: RegistryServer | null | undefined, query: ServerQuery, timeoutMs = LOOKUP_TIMEOUT_MS): Promise<readonly ServerMatch[] | null> {
  if (!server || (query.nationalId === '' && query.mobiles.length === 0)) return null;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return null;
  const body = JSON.stringify({ nationalId: query.nationalId, mobiles: [...query.mobiles].sort() });
  // Per account: another staff member signed in on this page learns only what their own rights allow.
  const key = `${server.url}\n${server.token}\n${body}`;
  const kept = answered.get(key);
  if (kept) return kept;
  const response = await fetch(`${server.url.replace(/\/+$/, '')}/registry/duplicate-check`, {
    method: 'POST',
    cache: 'no-store',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  }).catch(() => null);
  if (!response?.ok) return null;
  const json = (await response.json().catch(() => null)) as { matches?: unknown; desks?: unknown } | null;
  if (!Array.isArray(json?.matches)) return null;
  const matches = json.matches.filter(isMatch).map((match) => withDeskName(match, json.desks));
  if (answered.size >= KEPT) answered.delete(answered.keys().next().value as string);
  answered.set(key, matches);
  return matches;
}
