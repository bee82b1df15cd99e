/**
 * The one database interface everything on the server uses, so the same code runs on a real
 * PostgreSQL (`pg` pool, several server processes) and on embedded PGlite (zero setup).
 */

export type Row = Record<string, unknown>;

export interface Queryable {
  /** One statement with $1..$n parameters. */
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** A script of several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * LISTEN on a channel. `onReconnect` runs when the listening connection was lost and is back:
   * notifications may have been missed in between, so listeners should catch up.
   */
  listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Quotes an identifier already checked against a strict pattern (config.ts). */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
