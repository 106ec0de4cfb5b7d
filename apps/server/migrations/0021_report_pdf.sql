CREATE TABLE "report_pdf" (
	"province_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"frozen_key" text NOT NULL,
	"status" text NOT NULL,
	"content" "bytea",
	"size" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_pdf_province_id_report_id_frozen_key_pk" PRIMARY KEY("province_id","report_id","frozen_key")
);
--> statement-breakpoint
CREATE INDEX "report_pdf_report_idx" ON "report_pdf" USING btree ("report_id");