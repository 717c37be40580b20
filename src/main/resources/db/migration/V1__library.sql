-- The library's system of record. Every child row carries its document_id so that one document loads with
-- one query per table and is replaced by deleting its documents row (ON DELETE CASCADE).

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- schema: the schema number readers check; next_version: the sequence of document versions.
INSERT INTO meta (key, value) VALUES ('schema', '1'), ('next_version', '1');

CREATE TABLE documents (
  id             TEXT PRIMARY KEY,
  version        INTEGER NOT NULL UNIQUE,  -- grows with every store
  first_version  INTEGER NOT NULL,         -- version when this id was first stored: "earlier" for reuse
  parser_version TEXT NOT NULL,
  source         TEXT,
  format         TEXT,
  kind           TEXT,
  title          TEXT,
  date           TEXT,                     -- YYYY-MM-DD
  committee      TEXT,
  responder      TEXT,
  reference      TEXT,
  pair_count     INTEGER NOT NULL,
  stored_at      TEXT NOT NULL
);
CREATE INDEX documents_first_version ON documents (first_version);
CREATE INDEX documents_date ON documents (date);

CREATE TABLE pairs (
  id                   TEXT PRIMARY KEY,
  document_id          TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal              INTEGER NOT NULL,
  numbers              TEXT NOT NULL,     -- printed question numbers, comma separated
  label                TEXT,
  has_asker            INTEGER NOT NULL,
  asker_party          TEXT,
  asker_text           TEXT,
  topic                TEXT,
  question             TEXT,
  answer               TEXT,
  refers_to            TEXT NOT NULL,     -- question numbers, comma separated
  has_location         INTEGER NOT NULL,
  start_line           INTEGER,
  end_line             INTEGER,
  page                 INTEGER,
  answer_kind          TEXT,
  answer_kind_evidence TEXT,
  answer_fingerprint   TEXT,              -- hash of the answer's fingerprint; null for short answers
  UNIQUE (document_id, ordinal)
);
CREATE INDEX pairs_asker_party ON pairs (asker_party);
CREATE INDEX pairs_answer_fingerprint ON pairs (answer_fingerprint) WHERE answer_fingerprint IS NOT NULL;

CREATE TABLE pair_members (
  pair_id     TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  PRIMARY KEY (pair_id, position)
);
CREATE INDEX pair_members_document ON pair_members (document_id);
CREATE INDEX pair_members_name ON pair_members (name);

CREATE TABLE footnotes (
  pair_id     TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  text        TEXT NOT NULL,
  PRIMARY KEY (pair_id, position)
);
CREATE INDEX footnotes_document ON footnotes (document_id);

CREATE TABLE pair_references (
  pair_id     TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  ref_id      TEXT,
  text        TEXT,
  url         TEXT,
  PRIMARY KEY (pair_id, position)
);
CREATE INDEX pair_references_document ON pair_references (document_id);
CREATE INDEX pair_references_ref ON pair_references (ref_id);

CREATE TABLE commitments (
  pair_id     TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  text        TEXT,
  responder   TEXT,
  deadline    TEXT,                       -- YYYY-MM-DD
  condition   TEXT,
  PRIMARY KEY (pair_id, position)
);
CREATE INDEX commitments_document ON commitments (document_id);
CREATE INDEX commitments_deadline ON commitments (deadline);

CREATE TABLE reused (
  pair_id      TEXT NOT NULL,
  document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  from_pair_id TEXT NOT NULL,
  PRIMARY KEY (pair_id, position)
);
CREATE INDEX reused_document ON reused (document_id);
CREATE INDEX reused_from ON reused (from_pair_id);

CREATE TABLE unanswered (
  document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  has_asker    INTEGER NOT NULL,
  asker_party  TEXT,
  asker_text   TEXT,
  question     TEXT,
  has_location INTEGER NOT NULL,
  start_line   INTEGER,
  end_line     INTEGER,
  page         INTEGER,
  PRIMARY KEY (document_id, position)
);

CREATE TABLE unanswered_members (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  unanswered  INTEGER NOT NULL,           -- unanswered.position
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  PRIMARY KEY (document_id, unanswered, position)
);

CREATE TABLE issues (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  severity    TEXT,
  message     TEXT,
  line        INTEGER NOT NULL,
  PRIMARY KEY (document_id, position)
);
