DROP INDEX "child_residence_child_counts_idx";--> statement-breakpoint
DROP INDEX "child_circumstance_counts_idx";--> statement-breakpoint
DROP INDEX "child_residence_counts_idx";--> statement-breakpoint
ALTER TABLE "child_residence" ADD COLUMN "child_special" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- child_special: the child has a special-circumstance row (any dates). Derived state kept by triggers
-- whoever writes (record, import, merge, erasure), like dob/sex/active of 0017: the live counts then
-- read the special children's residences from a small partial index (docs/children.md "Live counts").
CREATE OR REPLACE FUNCTION vte_child_residence_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c.dob, c.sex, c.status = 'active' INTO NEW.child_dob, NEW.child_sex, NEW.child_active
    FROM child c WHERE c.province_id = NEW.province_id AND c.id = NEW.child_id;
  NEW.child_active := coalesce(NEW.child_active, false);
  NEW.child_special := EXISTS (SELECT 1 FROM child_circumstance cc
                                WHERE cc.province_id = NEW.province_id AND cc.child_id = NEW.child_id);
  RETURN NEW;
END $$;--> statement-breakpoint
DROP TRIGGER child_residence_fill ON child_residence;--> statement-breakpoint
CREATE TRIGGER child_residence_fill
  BEFORE INSERT OR UPDATE OF province_id, child_id, child_dob, child_sex, child_active, child_special
  ON child_residence FOR EACH ROW EXECUTE FUNCTION vte_child_residence_fill();--> statement-breakpoint
-- A circumstance added, moved (merge) or removed: the residence rows of the child(ren) concerned are
-- touched only when the flag changes (an update clears the page's all-visible bit).
CREATE FUNCTION vte_circumstance_to_residence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE child_residence r SET child_special = false
     WHERE r.province_id = OLD.province_id AND r.child_id = OLD.child_id AND r.child_special
       AND NOT EXISTS (SELECT 1 FROM child_circumstance cc
                        WHERE cc.province_id = OLD.province_id AND cc.child_id = OLD.child_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE child_residence r SET child_special = true
     WHERE r.province_id = NEW.province_id AND r.child_id = NEW.child_id AND NOT r.child_special;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER child_circumstance_to_residence
  AFTER INSERT OR DELETE OR UPDATE OF province_id, child_id ON child_circumstance
  FOR EACH ROW EXECUTE FUNCTION vte_circumstance_to_residence();--> statement-breakpoint
UPDATE child_residence r SET child_special = true
 WHERE EXISTS (SELECT 1 FROM child_circumstance cc WHERE cc.province_id = r.province_id AND cc.child_id = r.child_id);--> statement-breakpoint
-- Vacuum a large register sooner than the 20 % default: the counts are index-only scans, and every
-- updated page costs a heap fetch per row until a vacuum marks it all-visible again.
ALTER TABLE child_residence SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);--> statement-breakpoint
CREATE INDEX "child_residence_special_idx" ON "child_residence" USING btree ("province_id","child_id","valid_from","valid_to","unit_id","child_dob","child_sex") WHERE "child_residence"."child_active" and "child_residence"."child_special";--> statement-breakpoint
CREATE INDEX "child_circumstance_counts_idx" ON "child_circumstance" USING btree ("province_id","child_id","from_date","to_date","group_code");--> statement-breakpoint
CREATE INDEX "child_residence_counts_idx" ON "child_residence" USING btree ("province_id","unit_id","valid_from","valid_to","child_dob","child_sex") WHERE "child_residence"."child_active";
