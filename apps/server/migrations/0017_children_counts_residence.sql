ALTER TABLE "child_residence" ADD COLUMN "child_dob" date;--> statement-breakpoint
ALTER TABLE "child_residence" ADD COLUMN "child_sex" text;--> statement-breakpoint
ALTER TABLE "child_residence" ADD COLUMN "child_active" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "child_residence_counts_idx" ON "child_residence" USING btree ("province_id","unit_id","valid_from","valid_to","child_dob","child_sex","child_id") WHERE "child_residence"."child_active";--> statement-breakpoint
-- The child's dob, sex and active state on his residence rows, kept by triggers whoever writes them
-- (record, import, merge, erasure): the live counts then read one covering index (docs/children.md).
CREATE FUNCTION vte_child_residence_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c.dob, c.sex, c.status = 'active' INTO NEW.child_dob, NEW.child_sex, NEW.child_active
    FROM child c WHERE c.province_id = NEW.province_id AND c.id = NEW.child_id;
  NEW.child_active := coalesce(NEW.child_active, false);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER child_residence_fill BEFORE INSERT OR UPDATE OF province_id, child_id, child_dob, child_sex, child_active
  ON child_residence FOR EACH ROW EXECUTE FUNCTION vte_child_residence_fill();--> statement-breakpoint
CREATE FUNCTION vte_child_to_residence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE child_residence SET child_id = child_id
   WHERE province_id = NEW.province_id AND child_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER child_to_residence AFTER UPDATE OF dob, sex, status ON child FOR EACH ROW
  WHEN (OLD.dob IS DISTINCT FROM NEW.dob OR OLD.sex IS DISTINCT FROM NEW.sex OR OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION vte_child_to_residence();--> statement-breakpoint
UPDATE child_residence SET child_id = child_id;
