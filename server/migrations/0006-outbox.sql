-- The outbox (server/outbox/): one row per notice the server has taken on, keyed by the notice's id
-- (an `interactions` document of kind 'notice'), so a notice is claimed once whatever the desks
-- replay and however many server processes run. A row is 'sending' (committed) BEFORE the SMTP or
-- HTTP call; a process killed mid-send leaves it 'sending', which is never sent again: after a
-- timeout it becomes 'unknown' ("may or may not have gone out") for staff to check.
CREATE TABLE outbox (
  notice_id text PRIMARY KEY,
  channel text NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'delivered', 'failed', 'unknown')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  claim_token text,
  claimed_by text,
  claimed_at timestamptz,
  last_error text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_sending ON outbox (claimed_at) WHERE state = 'sending';

-- Each outcome once (sent, delivered, failed, unknown), kept until it is written into the
-- communication log as a delivery entry (`logged`), so a process that dies between the two
-- leaves the entry for the next one to write; the entry's id is derived from (notice, state),
-- so writing it twice changes nothing.
CREATE TABLE outbox_events (
  notice_id text NOT NULL REFERENCES outbox (notice_id),
  state text NOT NULL CHECK (state IN ('sent', 'delivered', 'failed', 'unknown')),
  reason text NOT NULL DEFAULT '',
  at timestamptz NOT NULL DEFAULT now(),
  logged boolean NOT NULL DEFAULT false,
  PRIMARY KEY (notice_id, state)
);
CREATE INDEX outbox_events_unlogged ON outbox_events (at) WHERE NOT logged;

-- Notices not yet in the outbox are found through this index (server/outbox/outbox-store.ts).
CREATE INDEX documents_interactions_notices ON documents (id)
  WHERE collection = 'interactions' AND (data ->> 'kind') = 'notice' AND NOT deleted;

-- A beneficiary's opt-out/opt-in entries, read before each send (server/outbox/notice-checks.ts).
CREATE INDEX documents_interactions_beneficiary ON documents ((data ->> 'beneficiaryId'))
  WHERE collection = 'interactions' AND NOT deleted;
