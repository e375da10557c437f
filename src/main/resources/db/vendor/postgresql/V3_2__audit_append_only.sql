-- PostgreSQL only: the database itself refuses to change or remove audit entries, so that even a bug or a
-- careless statement through the application's own connection cannot rewrite history. (Someone who owns the
-- table can still disable the trigger; the hash chain is what detects that.)
CREATE FUNCTION audit_entries_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only: % on audit_entries is refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_entries_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_change();

CREATE TRIGGER audit_entries_no_truncate
    BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change();
