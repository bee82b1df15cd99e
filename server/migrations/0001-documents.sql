-- Every synced document of every collection, in one table (see server/sync/document-store.ts for why).
-- seq comes from one global sequence and is taken again on every write: a desk's pull checkpoint
-- is "the last seq I have", never a client clock.
CREATE SEQUENCE document_seq;

CREATE TABLE documents (
  collection text NOT NULL,
  id text NOT NULL,
  seq bigint NOT NULL,
  data jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (collection, id)
);

-- Pull: WHERE collection = $1 AND seq > $2 ORDER BY seq LIMIT $3.
CREATE UNIQUE INDEX documents_collection_seq ON documents (collection, seq);
