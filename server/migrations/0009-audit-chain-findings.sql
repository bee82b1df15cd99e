-- The desks' audit hash chains (shared/audit/audit-chain.ts): what the server found wrong in a pushed
-- chain (a gap, a reordering, an edited entry), kept for the administration (GET /audit/chain-findings).
-- One row per desk, kind and place: the same break found again by a later push is not a new finding.
CREATE TABLE audit_chain_findings (
  id bigserial PRIMARY KEY,
  desk_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('gap', 'reordered', 'edited')),
  seq bigint NOT NULL CHECK (seq > 0),
  entry_id text NOT NULL,
  found_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (desk_id, kind, seq, entry_id)
);

-- A push checks the chain from the place before its first entry on: a range on (desk, seq), not a scan
-- of every audit entry. The expressions must match server/sync/audit-chain-check.ts.
CREATE INDEX documents_audit_chain ON documents ((data ->> 'deskId'), ((data ->> 'seq')::bigint))
  WHERE collection = 'audit' AND NOT deleted;
