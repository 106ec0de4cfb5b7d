-- Large tables keyed by province first (Citus readiness, platform/db/distribution.ts): primary
-- keys, unique keys and the foreign keys between them include province_id.
ALTER TABLE "progress_evidence" DROP CONSTRAINT "progress_evidence_progress_id_task_progress_id_fk";
--> statement-breakpoint
ALTER TABLE "agency_report_version" DROP CONSTRAINT "agency_report_version_report_id_agency_report_id_fk";
--> statement-breakpoint
ALTER TABLE "report_attachment" DROP CONSTRAINT "report_attachment_report_id_agency_report_id_fk";
--> statement-breakpoint
DROP INDEX "agency_report_period_agency_uq";--> statement-breakpoint
DROP INDEX "consolidated_report_period_uq";--> statement-breakpoint
ALTER TABLE "progress_evidence" DROP CONSTRAINT "progress_evidence_pkey";--> statement-breakpoint
ALTER TABLE "task_progress" DROP CONSTRAINT "task_progress_pkey";--> statement-breakpoint
ALTER TABLE "agency_report" DROP CONSTRAINT "agency_report_pkey";--> statement-breakpoint
ALTER TABLE "agency_report_version" DROP CONSTRAINT "agency_report_version_pkey";--> statement-breakpoint
ALTER TABLE "consolidated_report" DROP CONSTRAINT "consolidated_report_pkey";--> statement-breakpoint
ALTER TABLE "report_attachment" DROP CONSTRAINT "report_attachment_pkey";--> statement-breakpoint
ALTER TABLE "progress_evidence" ADD CONSTRAINT "progress_evidence_province_id_id_pk" PRIMARY KEY("province_id","id");--> statement-breakpoint
ALTER TABLE "task_progress" ADD CONSTRAINT "task_progress_province_id_id_pk" PRIMARY KEY("province_id","id");--> statement-breakpoint
ALTER TABLE "agency_report" ADD CONSTRAINT "agency_report_province_id_id_pk" PRIMARY KEY("province_id","id");--> statement-breakpoint
ALTER TABLE "agency_report_version" ADD CONSTRAINT "agency_report_version_province_id_id_pk" PRIMARY KEY("province_id","id");--> statement-breakpoint
ALTER TABLE "consolidated_report" ADD CONSTRAINT "consolidated_report_province_id_id_pk" PRIMARY KEY("province_id","id");--> statement-breakpoint
ALTER TABLE "report_attachment" ADD CONSTRAINT "report_attachment_province_id_id_pk" PRIMARY KEY("province_id","id");--> statement-breakpoint
ALTER TABLE "progress_evidence" ADD CONSTRAINT "progress_evidence_progress_fk" FOREIGN KEY ("province_id","progress_id") REFERENCES "public"."task_progress"("province_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_report_version" ADD CONSTRAINT "agency_report_version_report_fk" FOREIGN KEY ("province_id","report_id") REFERENCES "public"."agency_report"("province_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_attachment" ADD CONSTRAINT "report_attachment_report_fk" FOREIGN KEY ("province_id","report_id") REFERENCES "public"."agency_report"("province_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agency_report_period_agency_uq" ON "agency_report" USING btree ("province_id","period_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consolidated_report_period_uq" ON "consolidated_report" USING btree ("province_id","period_id");