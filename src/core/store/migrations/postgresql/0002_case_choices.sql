-- IMR Workbench team store, schema version 2: which file counts for a case
-- that several files hold (an amended letter, a second download). Keyed by
-- content hash, so every analyst's folder sees the same choice.

CREATE TABLE case_choices (
    case_key text PRIMARY KEY,
    content_hash text NOT NULL,
    chosen_by text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT, UPDATE, DELETE ON case_choices TO imr_reviewer;
