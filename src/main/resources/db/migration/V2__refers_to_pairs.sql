-- The pairs of the same document an answer points to (its refersTo resolved by the enrichment), comma separated.
ALTER TABLE pairs ADD COLUMN refers_to_pairs TEXT NOT NULL DEFAULT '';
UPDATE meta SET value = '2' WHERE key = 'schema';
