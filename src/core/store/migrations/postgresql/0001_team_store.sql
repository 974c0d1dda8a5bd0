-- IMR Workbench team store, schema version 1.
-- Applied by `imr-workbench --init-store postgresql://…` as the database's
-- owner, in one transaction. Reviewers and leads are granted roles:
--   GRANT imr_reviewer TO alice;  GRANT imr_lead TO bob;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'imr_reviewer') THEN
        CREATE ROLE imr_reviewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'imr_lead') THEN
        CREATE ROLE imr_lead NOLOGIN IN ROLE imr_reviewer;
    END IF;
END
$$;

-- This connection as the server knows it (process id and start time): what
-- the guards below compare, since a client cannot choose it.
CREATE FUNCTION imr_backend_id() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT pg_backend_pid()::text || '@' || (SELECT backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid())::text
$$;

-- Each analyst's folder ("workspace") has its own list of files: letters
-- stay on their disks and are matched to reviews by content hash.
CREATE TABLE files (
    workspace text NOT NULL,
    relative_path text NOT NULL,
    size bigint NOT NULL,
    mtime bigint NOT NULL,
    content_hash text,
    error text,
    note text,
    PRIMARY KEY (workspace, relative_path)
);

CREATE TABLE reviews (
    content_hash text PRIMARY KEY,
    relative_path text NOT NULL,
    record text NOT NULL,
    reviewed_by text,
    reviewed_at text,
    facts bytea,
    version bigint NOT NULL DEFAULT 1,
    -- Every field acknowledged. A closed letter is changed again only on the
    -- connection that closed it (an undo right after), or after a lead
    -- reopens it. closed_by is set by the guard trigger, never by a client.
    completed boolean NOT NULL DEFAULT false,
    closed_by text,
    db_user text NOT NULL DEFAULT session_user
);

CREATE TABLE audit (
    id bigserial PRIMARY KEY,
    content_hash text NOT NULL,
    relative_path text,
    item integer,
    field text,
    old_value text,
    new_value text,
    action text,
    reviewer text,
    at text,
    db_user text NOT NULL DEFAULT session_user
);
CREATE INDEX audit_letter ON audit (content_hash);

CREATE TABLE extraction_cache (
    content_hash text NOT NULL,
    extractor_version bigint NOT NULL,
    facts bytea NOT NULL,
    letter_text bytea,
    pages text,
    warning text,
    PRIMARY KEY (content_hash, extractor_version)
);

CREATE TABLE letter_search (
    id bigserial PRIMARY KEY,
    content_hash text NOT NULL UNIQUE,
    body tsvector NOT NULL
);
CREATE INDEX letter_search_body ON letter_search USING gin (body);

CREATE TABLE category_suggestions (
    request_key bigint PRIMARY KEY,
    category text NOT NULL,
    subcategory text,
    request text,
    relative_path text,
    at text
);

-- A claim lapses at expires_at unless renewed. When the connection that
-- took it is gone (a crashed window), the same database user in the same
-- workspace (the window started again) takes it over at once.
CREATE TABLE claims (
    content_hash text PRIMARY KEY,
    session text NOT NULL,
    holder text NOT NULL,
    db_user text NOT NULL DEFAULT session_user,
    workspace text NOT NULL,
    backend text NOT NULL DEFAULT imr_backend_id(),
    expires_at timestamptz NOT NULL
);

-- The audit trail names the database user, whatever the client sends.
CREATE FUNCTION imr_audit_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.db_user := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_user BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION imr_audit_user();

-- A closed letter stays closed for reviewers: only the connection that
-- closed it (an undo right after) or a lead may change it. The client checks
-- first and says so; this is the server's own guarantee.
CREATE FUNCTION imr_guard_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.db_user := session_user;
    IF TG_OP = 'UPDATE' AND OLD.completed
       AND OLD.closed_by IS DISTINCT FROM imr_backend_id()
       AND NOT pg_has_role(session_user, 'imr_lead', 'MEMBER') THEN
        RAISE EXCEPTION 'this letter was reviewed and closed; only a lead can reopen it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT NEW.completed THEN
        NEW.closed_by := NULL;
    ELSIF TG_OP = 'INSERT' OR NOT OLD.completed THEN
        NEW.closed_by := imr_backend_id();
    ELSE
        NEW.closed_by := OLD.closed_by;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER reviews_guard BEFORE INSERT OR UPDATE ON reviews FOR EACH ROW EXECUTE FUNCTION imr_guard_review();

-- Live updates: every window listening on imr_changes hears of a saved
-- review or a claim taken or let go ("review <hash>", "claim <hash>").
CREATE FUNCTION imr_notify_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('imr_changes', 'review ' || NEW.content_hash);
    RETURN NULL;
END
$$;
CREATE TRIGGER reviews_notify AFTER INSERT OR UPDATE ON reviews FOR EACH ROW EXECUTE FUNCTION imr_notify_review();

CREATE FUNCTION imr_notify_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('imr_changes', 'claim ' || OLD.content_hash);
    ELSIF TG_OP = 'INSERT' OR NEW.session IS DISTINCT FROM OLD.session THEN
        PERFORM pg_notify('imr_changes', 'claim ' || NEW.content_hash);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER claims_notify AFTER INSERT OR UPDATE OR DELETE ON claims FOR EACH ROW EXECUTE FUNCTION imr_notify_claim();

-- Reviewers read and write reviews but never delete them, and only add to
-- the audit trail.
GRANT SELECT, INSERT, UPDATE, DELETE ON files, extraction_cache, letter_search, category_suggestions, claims
    TO imr_reviewer;
GRANT SELECT, INSERT, UPDATE ON reviews TO imr_reviewer;
GRANT SELECT, INSERT ON audit TO imr_reviewer;
GRANT USAGE, SELECT ON SEQUENCE audit_id_seq, letter_search_id_seq TO imr_reviewer;
