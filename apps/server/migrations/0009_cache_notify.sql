-- Cross-process cache invalidation (docs/architecture.md, "Caches"): a write to a table that an
-- in-process cache (sessions, scopes, the agency and user lists) is built from announces the table's
-- name on channel vte_cache when its transaction commits. Every app process LISTENs and drops what it
-- kept, whoever wrote: the API of any process, the CLI, a job, psql.
CREATE OR REPLACE FUNCTION vte_cache_notify() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('vte_cache', TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A session ends (sign-out, password change, disable): deletes only; a new or touched session changes nothing kept.
CREATE TRIGGER user_session_cache_notify AFTER DELETE OR TRUNCATE ON user_session
  FOR EACH STATEMENT EXECUTE FUNCTION vte_cache_notify();
--> statement-breakpoint
CREATE TRIGGER app_user_cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON app_user
  FOR EACH STATEMENT EXECUTE FUNCTION vte_cache_notify();
--> statement-breakpoint
CREATE TRIGGER admin_unit_cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON admin_unit
  FOR EACH STATEMENT EXECUTE FUNCTION vte_cache_notify();
--> statement-breakpoint
CREATE TRIGGER unit_succession_cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_succession
  FOR EACH STATEMENT EXECUTE FUNCTION vte_cache_notify();
--> statement-breakpoint
CREATE TRIGGER agency_cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agency
  FOR EACH STATEMENT EXECUTE FUNCTION vte_cache_notify();
--> statement-breakpoint
CREATE TRIGGER agency_group_cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agency_group
  FOR EACH STATEMENT EXECUTE FUNCTION vte_cache_notify();
--> statement-breakpoint
CREATE TRIGGER agency_group_member_cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agency_group_member
  FOR EACH STATEMENT EXECUTE FUNCTION vte_cache_notify();
