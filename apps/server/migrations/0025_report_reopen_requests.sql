CREATE TABLE "report_progress_period" (
	"province_id" uuid NOT NULL,
	"progress_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"moved_by" uuid,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_progress_period_province_id_progress_id_pk" PRIMARY KEY("province_id","progress_id")
);
--> statement-breakpoint
CREATE TABLE "report_reopen_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"answer" text,
	"reopened_until" date,
	"requested_by" uuid,
	"answered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "report_progress_period" ADD CONSTRAINT "report_progress_period_period_id_report_period_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."report_period"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_progress_period" ADD CONSTRAINT "report_progress_period_moved_by_app_user_id_fk" FOREIGN KEY ("moved_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_progress_period" ADD CONSTRAINT "report_progress_period_progress_fk" FOREIGN KEY ("province_id","progress_id") REFERENCES "public"."task_progress"("province_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reopen_request" ADD CONSTRAINT "report_reopen_request_period_id_report_period_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."report_period"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reopen_request" ADD CONSTRAINT "report_reopen_request_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reopen_request" ADD CONSTRAINT "report_reopen_request_requested_by_app_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reopen_request" ADD CONSTRAINT "report_reopen_request_answered_by_app_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_reopen_request_period_idx" ON "report_reopen_request" USING btree ("period_id","agency_id","created_at");
