-- An erasure (server/data-rights/server-erasure.ts) gathers one person's documents in every collection,
-- tombstones included: at each push of its record, at every start and after a restore. The expression
-- must match the query there for the planner to use this index.
CREATE INDEX documents_beneficiary_id ON documents ((data ->> 'beneficiaryId'));
