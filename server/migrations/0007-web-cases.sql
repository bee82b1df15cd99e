-- Cases made by the public complaint page (policy 3.5a, server/complaints). The server numbers them
-- as the desk code 'WEB' (WEB-<kind letter><YYYY>-<NNNNNN>, shared/numbers/human-number.ts): one
-- counter per Riyadh year, taken with a row lock, so two submissions never get the same number.
-- Gaps are harmless (a rolled-back submission), numbers are never refilled.
CREATE TABLE web_case_numbers (
  year integer PRIMARY KEY,
  last_sequence integer NOT NULL CHECK (last_sequence > 0)
);

-- The complainant's check code, stored only as a SHA-256 hash; the form's nonce is unique, so one
-- served form becomes at most one case however often it is posted.
CREATE TABLE web_case_codes (
  case_number text PRIMARY KEY,
  case_id text NOT NULL UNIQUE,
  code_hash text NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
  form_nonce text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The human-number duplicate check (server/sync/duplicates.ts) for cases, as 0005 has for the others: every
-- case write, the public page's included, looks its number up; the expression and predicate must match
-- the query there for the planner to use it.
CREATE INDEX documents_cases_case_number ON documents ((data ->> 'caseNumber'))
  WHERE collection = 'cases' AND NOT deleted;
