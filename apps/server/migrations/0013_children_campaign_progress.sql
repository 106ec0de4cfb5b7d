ALTER TABLE "child_campaign" ADD COLUMN "refreshed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "child_campaign" ADD COLUMN "sample_seed" text;--> statement-breakpoint
ALTER TABLE "child_campaign" ADD COLUMN "sample_rate" real;--> statement-breakpoint
ALTER TABLE "child_campaign" ADD COLUMN "sample_min" integer;--> statement-breakpoint
ALTER TABLE "child_campaign" ADD COLUMN "sampled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "child_campaign" ADD COLUMN "sampled_by" uuid;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD COLUMN "fixed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD COLUMN "visit_note" text;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD COLUMN "police_sent_id" text;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD COLUMN "police_new_id" text;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD COLUMN "recheck_note" text;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD COLUMN "rechecked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD COLUMN "rechecked_by" uuid;--> statement-breakpoint
ALTER TABLE "child_campaign" ADD CONSTRAINT "child_campaign_sampled_by_app_user_id_fk" FOREIGN KEY ("sampled_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD CONSTRAINT "child_campaign_item_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD CONSTRAINT "child_campaign_item_rechecked_by_app_user_id_fk" FOREIGN KEY ("rechecked_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "child_campaign_item_unit_idx" ON "child_campaign_item" USING btree ("province_id","campaign_id","unit_id");