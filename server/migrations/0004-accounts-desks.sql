-- Accounts, sessions, desks and the server's own audit trail. Times the code compares with
-- its (injectable) clock are bigint milliseconds since the epoch; the rest are timestamptz.

-- Secrets every server process on this database shares (the access-token signing key).
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE accounts (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  roles jsonb NOT NULL,
  unit_ids jsonb NOT NULL DEFAULT '[]',
  -- { algorithm: 'scrypt', N, r, p, salt, hash }: parameters travel with the hash
  password_hash jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until bigint,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE desks (
  id text PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  -- Ed25519 public key, raw 32 bytes in base64: published to every desk to verify declarations
  public_key text NOT NULL,
  -- SHA-256 (hex) of the desk credential's secret; the credential itself is never stored
  credential_hash text NOT NULL,
  registered_at bigint NOT NULL,
  revoked_at bigint,
  revoked_by text
);

-- One-time codes an admin hands to a new desk (stored hashed, like every bearer secret).
CREATE TABLE desk_registration_codes (
  code_hash text PRIMARY KEY,
  created_by text NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  used_at bigint,
  used_by_desk text
);

-- A session is a refresh-token family: sign-out, reuse of a spent token or a revoked desk ends it.
CREATE TABLE auth_sessions (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id),
  desk_id text REFERENCES desks (id),
  created_at bigint NOT NULL,
  revoked_at bigint,
  revoked_reason text
);

CREATE TABLE refresh_tokens (
  id text PRIMARY KEY,
  session_id text NOT NULL REFERENCES auth_sessions (id),
  token_hash text NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  used_at bigint
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

-- The server's audit trail: sign-ins, account and desk changes, refused requests (rate-limited).
CREATE TABLE server_audit (
  id bigserial PRIMARY KEY,
  at bigint NOT NULL,
  action text NOT NULL,
  actor_id text,
  desk_id text,
  source text,
  code text,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX server_audit_at ON server_audit (at);
