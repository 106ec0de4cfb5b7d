ALTER TABLE "indicator_value" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD COLUMN "register_value" integer;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD COLUMN "override_reason" text;