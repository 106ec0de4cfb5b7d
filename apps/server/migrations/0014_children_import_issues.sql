ALTER TABLE "child_import" ADD COLUMN "issues" jsonb;--> statement-breakpoint
ALTER TABLE "child_import" ADD COLUMN "decisions" jsonb;