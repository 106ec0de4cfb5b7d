CREATE TABLE "agency_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"content" jsonb NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"last_submitted_at" timestamp with time zone,
	"review_comment" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_report_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"event" text NOT NULL,
	"comment" text,
	"content" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consolidated_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"level" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"recipient_unit_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"header" jsonb NOT NULL,
	"sections" jsonb NOT NULL,
	"indicators" jsonb NOT NULL,
	"missing" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"review_comment" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"task_id" uuid,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_period" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_id" uuid NOT NULL,
	"plan_id" uuid,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"year" integer NOT NULL,
	"cutoff_from" date NOT NULL,
	"cutoff_to" date NOT NULL,
	"due_date" date NOT NULL,
	"expires_on" date NOT NULL,
	"reopened_until" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_reminder" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message" text,
	"automatic" boolean DEFAULT false NOT NULL,
	"recipients" integer DEFAULT 0 NOT NULL,
	"sent_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"group" text NOT NULL,
	"unit" text NOT NULL,
	"aggregation" text NOT NULL,
	"dimensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"part_of_code" text,
	"numerator_code" text,
	"denominator_code" text,
	"factor" integer,
	"min" integer,
	"max" integer,
	"definition" text,
	"source" text,
	"lead_body" text,
	"legal_basis" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_assignment" (
	"province_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	CONSTRAINT "indicator_assignment_unit_id_indicator_id_agency_id_pk" PRIMARY KEY("unit_id","indicator_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_target" (
	"province_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" numeric NOT NULL,
	CONSTRAINT "indicator_target_unit_id_indicator_id_year_pk" PRIMARY KEY("unit_id","indicator_id","year")
);
--> statement-breakpoint
CREATE TABLE "indicator_value" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"disagg" text DEFAULT '' NOT NULL,
	"value" integer,
	"comment" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_value_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
ALTER TABLE "agency_report" ADD CONSTRAINT "agency_report_period_id_report_period_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."report_period"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_report" ADD CONSTRAINT "agency_report_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_report" ADD CONSTRAINT "agency_report_reviewed_by_app_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_report" ADD CONSTRAINT "agency_report_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_report_version" ADD CONSTRAINT "agency_report_version_report_id_agency_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."agency_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_report_version" ADD CONSTRAINT "agency_report_version_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidated_report" ADD CONSTRAINT "consolidated_report_period_id_report_period_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."report_period"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidated_report" ADD CONSTRAINT "consolidated_report_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidated_report" ADD CONSTRAINT "consolidated_report_recipient_unit_id_admin_unit_id_fk" FOREIGN KEY ("recipient_unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidated_report" ADD CONSTRAINT "consolidated_report_submitted_by_app_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidated_report" ADD CONSTRAINT "consolidated_report_reviewed_by_app_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidated_report" ADD CONSTRAINT "consolidated_report_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_attachment" ADD CONSTRAINT "report_attachment_report_id_agency_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."agency_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_attachment" ADD CONSTRAINT "report_attachment_task_id_plan_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_task"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_attachment" ADD CONSTRAINT "report_attachment_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_period" ADD CONSTRAINT "report_period_plan_id_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_period" ADD CONSTRAINT "report_period_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_period" ADD CONSTRAINT "report_period_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminder" ADD CONSTRAINT "report_reminder_period_id_report_period_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."report_period"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminder" ADD CONSTRAINT "report_reminder_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminder" ADD CONSTRAINT "report_reminder_sent_by_app_user_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_assignment" ADD CONSTRAINT "indicator_assignment_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_assignment" ADD CONSTRAINT "indicator_assignment_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_assignment" ADD CONSTRAINT "indicator_assignment_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_target" ADD CONSTRAINT "indicator_target_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_period_id_report_period_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."report_period"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agency_report_period_agency_uq" ON "agency_report" USING btree ("period_id","agency_id");--> statement-breakpoint
CREATE INDEX "agency_report_agency_idx" ON "agency_report" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "agency_report_version_report_idx" ON "agency_report_version" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consolidated_report_period_uq" ON "consolidated_report" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "consolidated_report_recipient_idx" ON "consolidated_report" USING btree ("recipient_unit_id","status");--> statement-breakpoint
CREATE INDEX "report_attachment_report_idx" ON "report_attachment" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_period_plan_idx" ON "report_period" USING btree ("plan_id","due_date");--> statement-breakpoint
CREATE INDEX "report_period_unit_idx" ON "report_period" USING btree ("unit_id","year","kind");--> statement-breakpoint
CREATE INDEX "report_period_province_idx" ON "report_period" USING btree ("province_id","year","kind");--> statement-breakpoint
CREATE INDEX "report_reminder_period_idx" ON "report_reminder" USING btree ("period_id","agency_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_code_uq" ON "indicator" USING btree ("code");--> statement-breakpoint
CREATE INDEX "indicator_assignment_agency_idx" ON "indicator_assignment" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_value_cell_uq" ON "indicator_value" USING btree ("province_id","period_id","agency_id","indicator_id","disagg");--> statement-breakpoint
CREATE INDEX "indicator_value_period_idx" ON "indicator_value" USING btree ("province_id","period_id","indicator_id");