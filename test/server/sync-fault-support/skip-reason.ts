/** Why the fault matrix needs PostgreSQL (ARCHITECTURE.md, Sync): said wherever it skips. */
export const PGLITE_SKIP_REASON =
  'set DATABASE_URL to a PostgreSQL: the fault matrix kills and restarts server processes and runs two over one database, ' +
  'and PGlite is one process over one folder (two processes corrupt it; SIGKILL can leave it unopenable)';
