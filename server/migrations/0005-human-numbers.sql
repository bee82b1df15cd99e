-- Human numbers printed offline are never renumbered; the server flags equal numbers within a
-- collection (server/sync/duplicates.ts HUMAN_NUMBER_RULES, GET /numbers/duplicates). The expressions
-- and predicates must match the query there for the planner to use these indexes.
CREATE INDEX documents_beneficiaries_file_number ON documents ((data ->> 'fileNumber'))
  WHERE collection = 'beneficiaries' AND NOT deleted;
CREATE INDEX documents_requests_request_number ON documents ((data ->> 'requestNumber'))
  WHERE collection = 'requests' AND NOT deleted;
CREATE INDEX documents_declarations_declaration_number ON documents ((data ->> 'declarationNumber'))
  WHERE collection = 'declarations' AND NOT deleted;
