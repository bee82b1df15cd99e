-- Two desks offline may register the same person: the server accepts both files and records the
-- pair here for a person to review (GET /duplicates); nothing is refused or lost.
CREATE TABLE possible_duplicates (
  id bigserial PRIMARY KEY,
  collection text NOT NULL,
  field text NOT NULL,
  document_id text NOT NULL,
  other_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (document_id < other_id),
  UNIQUE (collection, field, document_id, other_id)
);

-- The lookup of server/sync/duplicates.ts (rule beneficiaries.nationalId); the expression and the
-- predicate must stay exactly as the query writes them for the planner to use it.
CREATE INDEX documents_beneficiaries_national_id ON documents ((data ->> 'nationalId'))
  WHERE collection = 'beneficiaries' AND NOT deleted;
