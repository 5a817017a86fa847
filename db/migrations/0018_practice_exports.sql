CREATE TYPE "public"."export_status" AS ENUM('queued', 'running', 'ready', 'failed', 'expired');--> statement-breakpoint
CREATE TABLE "practice_export_files" (
	"practice_id" uuid NOT NULL,
	"export_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"zip" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_export_files_practice_id_export_id_pk" PRIMARY KEY("practice_id","export_id")
);
--> statement-breakpoint
CREATE TABLE "practice_exports" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"status" "export_status" DEFAULT 'queued' NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"lease_until" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"size_bytes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	CONSTRAINT "practice_exports_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "practice_exports_progress_range" CHECK ("practice_exports"."progress_done" >= 0 and "practice_exports"."progress_done" <= "practice_exports"."progress_total")
);
--> statement-breakpoint
ALTER TABLE "practice_export_files" ADD CONSTRAINT "practice_export_files_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_export_files" ADD CONSTRAINT "practice_export_files_export_fk" FOREIGN KEY ("practice_id","export_id") REFERENCES "public"."practice_exports"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_exports" ADD CONSTRAINT "practice_exports_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_exports" ADD CONSTRAINT "practice_exports_requested_by_fk" FOREIGN KEY ("practice_id","requested_by_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practice_exports_one_live_idx" ON "practice_exports" USING btree ("practice_id") WHERE "practice_exports"."status" in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "practice_exports_practice_created_idx" ON "practice_exports" USING btree ("practice_id","created_at");--> statement-breakpoint
CREATE INDEX "practice_exports_live_idx" ON "practice_exports" USING btree ("created_at") WHERE "practice_exports"."status" in ('queued', 'running');