import type { Queryable } from '../db/database';

/**
 * The server's audit trail (table server_audit): sign-ins, account and desk changes, and refused
 * requests. Refusals are rate-limited per source and code, and overall, so a flood of junk cannot
 * flood the audit: beyond the limit they are counted, and the count is written once the window ends.
 */
export type AuditEntry = {
  action: string;
  actorId?: string | null;
  deskId?: string | null;
  source?: string | null;
  code?: string | null;
  details?: Record<string, unknown>;
};

export type ServerAudit = {
  /** Always written (security events the server itself decides on). */
  record(entry: AuditEntry, db?: Queryable): Promise<void>;
  /** Written unless this source has sent too many refusals lately. */
  recordRefusal(entry: AuditEntry): Promise<void>;
};

export const REFUSALS_PER_KEY = 20;
export const REFUSALS_TOTAL = 200;
export const REFUSAL_WINDOW_MS = 60_000;

// C0 controls, DEL and unpaired UTF-16 surrogates: PostgreSQL refuses NUL and lone surrogates in
// text (22P05), and the others would garble an audit read on a terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSHOWABLE = /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as the audit stores it: unshowable characters written out as \uXXXX. A refusal is audited
 * whatever a hostile request put in its path (policy: every refused request is audited).
 */
export function auditText(text: string): string {
  return text.replace(UNSHOWABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const auditJson = (details: Record<string, unknown>) => JSON.stringify(details, (_key, value: unknown) => (typeof value === 'string' ? auditText(value) : value));
const auditColumn = (text: string | null | undefined) => (text === null || text === undefined ? null : auditText(text));

export function createServerAudit(db: Queryable, now: () => number): ServerAudit {
  let windowStart = now();
  let total = 0;
  const perKey = new Map<string, number>();
  let suppressed = 0;

  async function record(entry: AuditEntry, on: Queryable = db): Promise<void> {
    await on.query(
      'INSERT INTO server_audit (at, action, actor_id, desk_id, source, code, details) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [now(), entry.action, auditColumn(entry.actorId), auditColumn(entry.deskId), auditColumn(entry.source), auditColumn(entry.code), auditJson(entry.details ?? {})],
    );
  }

  async function rollWindow(): Promise<void> {
    // A clock set back also starts a new window, so it can never stay shut.
    const elapsed = now() - windowStart;
    if (elapsed >= 0 && elapsed < REFUSAL_WINDOW_MS) return;
    const dropped = suppressed;
    windowStart = now();
    total = 0;
    suppressed = 0;
    perKey.clear();
    if (dropped > 0) await record({ action: 'request.refused-suppressed', details: { count: dropped } });
  }

  return {
    record,
    async recordRefusal(entry) {
      await rollWindow();
      const key = `${entry.source ?? '?'}|${entry.code ?? '?'}`;
      const count = (perKey.get(key) ?? 0) + 1;
      if (count > REFUSALS_PER_KEY || total >= REFUSALS_TOTAL) {
        suppressed += 1;
        return;
      }
      // Bounded: at most REFUSALS_TOTAL keys are ever kept per window.
      perKey.set(key, count);
      total += 1;
      await record(entry);
    },
  };
}
