-- Content-addressed files (scans, photos, signature images): the key is the SHA-256 of the bytes,
-- so an upload is idempotent and a download can be checked by the desk.
CREATE TABLE files (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size integer NOT NULL CHECK (size >= 0),
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
