-- Upgrading a large server: these indexes are built inside the migration's transaction, which holds
-- pushes (reads go on) while they build: at 1,000,000 documents the bench measures it (`npm run bench
-- -- sync` prints the index sizes); plan the upgrade outside opening hours.
-- A pull reads only what the puller's role may see (server/sync/narrowed-pull.ts): a field worker's
-- desk reads its own desk's documents in sequence order through this index instead of walking the
-- whole collection's (collection, seq) range and filtering it afterwards. The expression must match
-- the query there for the planner to use it.
CREATE INDEX documents_collection_desk_seq ON documents (collection, (data ->> 'deskId'), seq);
-- The policy acknowledgements reach every desk (shared/accounts/pull-filters.ts): a desk that sees only
-- its own audit entries reads the others' acknowledgements through this one. The predicate is written
-- literally in narrowed-pull.ts (ACK_MATCH), as a partial index needs.
CREATE INDEX documents_policy_acks ON documents (collection, seq)
  WHERE data ->> 'action' = 'policy.acknowledge' AND data ->> 'entity' = 'policy';
-- The registry's online duplicate lookup (server/http/registry-routes.ts) by mobile: a field worker's
-- desk no longer holds other desks' files to compare with (PDPL minimisation, policy 3.6b), so the
-- server answers. By national ID it uses migration 0003's index.
CREATE INDEX documents_beneficiaries_mobiles ON documents USING gin ((data -> 'mobiles'))
  WHERE collection = 'beneficiaries' AND NOT deleted;
