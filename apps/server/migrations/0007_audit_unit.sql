ALTER TABLE "audit_log" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
CREATE INDEX "audit_log_unit_idx" ON "audit_log" USING btree ("unit_id","at");