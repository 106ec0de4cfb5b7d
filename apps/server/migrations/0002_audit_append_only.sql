-- The audit log is append-only for every role, the app's own included.
CREATE OR REPLACE FUNCTION vte_audit_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION vte_audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION vte_audit_refuse_change();
--> statement-breakpoint
-- Where the app runs as a role other than the owner, it gets INSERT and SELECT only.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
--> statement-breakpoint
CREATE INDEX agency_name_trgm_idx ON agency USING gin (vte_fold(name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX app_user_name_trgm_idx ON app_user USING gin (vte_fold(full_name || ' ' || username) gin_trgm_ops);
