-- The server's generation (ARCHITECTURE.md, "Sync"): a value desks see on every answer, changed
-- whenever this database is restored or recreated, so desks know their checkpoints and "already
-- pushed" marks belong to another history. One row. `table_oid` is this table's own OID when the
-- generation was minted: pg_dump/pg_restore bring the row back but never an OID (the restored table
-- is a new one), so a row whose table_oid is not its table's OID came out of a dump; `timeline` is
-- PostgreSQL's timeline, which a physical restore (base backup + WAL, point in time) or a promoted
-- replica moves on while the OIDs stay. server/sync/generation.ts mints a new one on either.
CREATE TABLE server_generation (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  generation text NOT NULL,
  table_oid bigint NOT NULL,
  timeline bigint,
  minted_at timestamptz NOT NULL DEFAULT now(),
  reason text NOT NULL,
  -- the last sequence the database held when the generation was minted: a document whose seq is not
  -- above it came out of the backup untouched since (document-store.ts, a desk's re-send)
  restored_seq bigint NOT NULL DEFAULT 0
);

-- A new database is a new generation (a desk that synced with another database starts over).
INSERT INTO server_generation (generation, table_oid, reason)
VALUES (gen_random_uuid()::text, 'server_generation'::regclass::oid::bigint, 'created');
