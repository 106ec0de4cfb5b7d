CREATE TABLE "child" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"name_folded" text GENERATED ALWAYS AS (vte_fold(full_name)) STORED,
	"name_sort" text GENERATED ALWAYS AS (vte_vi_sort_key(full_name)) STORED,
	"dob" date,
	"dob_precision" text DEFAULT 'day' NOT NULL,
	"sex" text,
	"ethnicity_code" text,
	"nationality" text DEFAULT 'VN' NOT NULL,
	"personal_id" text,
	"personal_id_kind" text,
	"id_verification" text DEFAULT 'chua_co' NOT NULL,
	"unit_id" uuid NOT NULL,
	"hamlet" text,
	"address" text,
	"household_id" uuid,
	"schooling" text,
	"notes" text,
	"status" text DEFAULT 'active' NOT NULL,
	"merged_into_id" uuid,
	"erased_at" timestamp with time zone,
	"erasure_ref" text,
	"source_record_ref" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "child_campaign" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"legal_basis" text,
	"unit_ids" uuid[] NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_campaign_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "child_campaign_item" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"problems" text[] NOT NULL,
	"state" text NOT NULL,
	"visit_result" text,
	"visited_at" timestamp with time zone,
	"visited_by" uuid,
	"police_sent_at" timestamp with time zone,
	"police_result" text,
	"police_answered_at" timestamp with time zone,
	"in_sample" boolean DEFAULT false NOT NULL,
	"recheck_result" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_campaign_item_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "child_circumstance" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"group_code" text NOT NULL,
	"subtype_code" text,
	"from_date" date NOT NULL,
	"to_date" date,
	"source" text,
	"evidence" text,
	"end_reason" text,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_circumstance_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "child_consent" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"representative_name" text NOT NULL,
	"representative_relation" text NOT NULL,
	"given_by_child" boolean DEFAULT false NOT NULL,
	"method" text NOT NULL,
	"given_on" date NOT NULL,
	"withdrawn_on" date,
	"evidence" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_consent_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "child_duplicate" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"child_a" uuid NOT NULL,
	"child_b" uuid NOT NULL,
	"score" real NOT NULL,
	"kind" text NOT NULL,
	"reasons" jsonb,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_duplicate_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "child_guardian" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"full_name" text NOT NULL,
	"name_folded" text GENERATED ALWAYS AS (vte_fold(full_name)) STORED,
	"birth_year" integer,
	"personal_id" text,
	"phone" text,
	"address" text,
	"is_primary_contact" boolean DEFAULT false NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_guardian_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "child_household" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"head_name" text,
	"hamlet" text,
	"address" text,
	"poverty_status" text,
	"poverty_year" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_household_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "child_import" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file" "bytea" NOT NULL,
	"mapping" jsonb,
	"status" text DEFAULT 'previewed' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"summary" jsonb,
	"rejects" "bytea",
	"error" text,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_import_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "child_import_mapping" (
	"province_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "child_import_mapping_province_id_unit_id_pk" PRIMARY KEY("province_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "child_merge" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"snapshot" jsonb NOT NULL,
	"merged_by" uuid,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone,
	CONSTRAINT "child_merge_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "child_residence" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"hamlet" text,
	"address" text,
	"kind" text DEFAULT 'hien_tai' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_residence_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "child_risk" (
	"province_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"risk_code" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"source" text,
	"evidence" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "child_risk_province_id_id_pk" PRIMARY KEY("province_id","id")
);
--> statement-breakpoint
CREATE TABLE "code_item" (
	"list" text NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"parent_code" text,
	"legal_basis" text,
	"certainty" text DEFAULT 'design' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "code_item_list_code_pk" PRIMARY KEY("list","code")
);
--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_household_fk" FOREIGN KEY ("province_id","household_id") REFERENCES "public"."child_household"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_campaign" ADD CONSTRAINT "child_campaign_owner_unit_id_admin_unit_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_campaign" ADD CONSTRAINT "child_campaign_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_campaign" ADD CONSTRAINT "child_campaign_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD CONSTRAINT "child_campaign_item_visited_by_app_user_id_fk" FOREIGN KEY ("visited_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD CONSTRAINT "child_campaign_item_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD CONSTRAINT "child_campaign_item_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD CONSTRAINT "child_campaign_item_campaign_fk" FOREIGN KEY ("province_id","campaign_id") REFERENCES "public"."child_campaign"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_campaign_item" ADD CONSTRAINT "child_campaign_item_child_fk" FOREIGN KEY ("province_id","child_id") REFERENCES "public"."child"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_circumstance" ADD CONSTRAINT "child_circumstance_confirmed_by_app_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_circumstance" ADD CONSTRAINT "child_circumstance_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_circumstance" ADD CONSTRAINT "child_circumstance_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_circumstance" ADD CONSTRAINT "child_circumstance_child_fk" FOREIGN KEY ("province_id","child_id") REFERENCES "public"."child"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_consent" ADD CONSTRAINT "child_consent_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_consent" ADD CONSTRAINT "child_consent_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_consent" ADD CONSTRAINT "child_consent_child_fk" FOREIGN KEY ("province_id","child_id") REFERENCES "public"."child"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_duplicate" ADD CONSTRAINT "child_duplicate_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_duplicate" ADD CONSTRAINT "child_duplicate_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_duplicate" ADD CONSTRAINT "child_duplicate_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_duplicate" ADD CONSTRAINT "child_duplicate_a_fk" FOREIGN KEY ("province_id","child_a") REFERENCES "public"."child"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_duplicate" ADD CONSTRAINT "child_duplicate_b_fk" FOREIGN KEY ("province_id","child_b") REFERENCES "public"."child"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_guardian" ADD CONSTRAINT "child_guardian_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_guardian" ADD CONSTRAINT "child_guardian_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_guardian" ADD CONSTRAINT "child_guardian_child_fk" FOREIGN KEY ("province_id","child_id") REFERENCES "public"."child"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_household" ADD CONSTRAINT "child_household_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_household" ADD CONSTRAINT "child_household_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_household" ADD CONSTRAINT "child_household_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_import" ADD CONSTRAINT "child_import_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_import" ADD CONSTRAINT "child_import_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_import" ADD CONSTRAINT "child_import_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_import_mapping" ADD CONSTRAINT "child_import_mapping_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_merge" ADD CONSTRAINT "child_merge_merged_by_app_user_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_merge" ADD CONSTRAINT "child_merge_undone_by_app_user_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_merge" ADD CONSTRAINT "child_merge_survivor_fk" FOREIGN KEY ("province_id","survivor_id") REFERENCES "public"."child"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_merge" ADD CONSTRAINT "child_merge_merged_fk" FOREIGN KEY ("province_id","merged_id") REFERENCES "public"."child"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_residence" ADD CONSTRAINT "child_residence_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_residence" ADD CONSTRAINT "child_residence_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_residence" ADD CONSTRAINT "child_residence_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_residence" ADD CONSTRAINT "child_residence_child_fk" FOREIGN KEY ("province_id","child_id") REFERENCES "public"."child"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_risk" ADD CONSTRAINT "child_risk_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_risk" ADD CONSTRAINT "child_risk_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_risk" ADD CONSTRAINT "child_risk_child_fk" FOREIGN KEY ("province_id","child_id") REFERENCES "public"."child"("province_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "child_personal_id_uq" ON "child" USING btree ("province_id","personal_id") WHERE "child"."status" = 'active' and "child"."personal_id" is not null;--> statement-breakpoint
CREATE INDEX "child_unit_idx" ON "child" USING btree ("province_id","unit_id","status");--> statement-breakpoint
CREATE INDEX "child_name_trgm_idx" ON "child" USING gin ("name_folded" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "child_campaign_item_uq" ON "child_campaign_item" USING btree ("province_id","campaign_id","child_id");--> statement-breakpoint
CREATE INDEX "child_circumstance_child_idx" ON "child_circumstance" USING btree ("province_id","child_id");--> statement-breakpoint
CREATE INDEX "child_consent_child_idx" ON "child_consent" USING btree ("province_id","child_id");--> statement-breakpoint
CREATE UNIQUE INDEX "child_duplicate_pair_uq" ON "child_duplicate" USING btree ("province_id","child_a","child_b");--> statement-breakpoint
CREATE INDEX "child_duplicate_status_idx" ON "child_duplicate" USING btree ("province_id","status");--> statement-breakpoint
CREATE INDEX "child_guardian_child_idx" ON "child_guardian" USING btree ("province_id","child_id");--> statement-breakpoint
CREATE INDEX "child_guardian_name_trgm_idx" ON "child_guardian" USING gin ("name_folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "child_import_unit_idx" ON "child_import" USING btree ("province_id","unit_id");--> statement-breakpoint
CREATE INDEX "child_residence_child_idx" ON "child_residence" USING btree ("province_id","child_id");--> statement-breakpoint
CREATE INDEX "child_residence_unit_idx" ON "child_residence" USING btree ("province_id","unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "child_risk_child_idx" ON "child_risk" USING btree ("province_id","child_id");