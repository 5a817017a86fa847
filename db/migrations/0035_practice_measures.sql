CREATE TABLE "practice_measures" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"client_title" text NOT NULL,
	"licence" text NOT NULL,
	"definition" jsonb NOT NULL,
	"retired_at" timestamp with time zone,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_measures_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "practice_measures_title_present" CHECK (length(trim("practice_measures"."title")) > 0 and length("practice_measures"."title") <= 120),
	CONSTRAINT "practice_measures_licence_present" CHECK (length(trim("practice_measures"."licence")) > 0)
);
--> statement-breakpoint
ALTER TABLE "measure_responses" DROP CONSTRAINT "measure_responses_known_measure";--> statement-breakpoint
ALTER TABLE "measure_schedules" DROP CONSTRAINT "measure_schedules_known_measure";--> statement-breakpoint
ALTER TABLE "measure_responses" ADD COLUMN "practice_measure_id" uuid GENERATED ALWAYS AS (case when "measure_responses"."measure_slug" ~ '^pm-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then substr("measure_responses"."measure_slug", 4)::uuid end) STORED;--> statement-breakpoint
ALTER TABLE "measure_schedules" ADD COLUMN "practice_measure_id" uuid GENERATED ALWAYS AS (case when "measure_schedules"."measure_slug" ~ '^pm-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then substr("measure_schedules"."measure_slug", 4)::uuid end) STORED;--> statement-breakpoint
ALTER TABLE "practice_measures" ADD CONSTRAINT "practice_measures_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_measures" ADD CONSTRAINT "practice_measures_created_by_fk" FOREIGN KEY ("practice_id","created_by_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_practice_measure_fk" FOREIGN KEY ("practice_id","practice_measure_id") REFERENCES "public"."practice_measures"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_schedules" ADD CONSTRAINT "measure_schedules_practice_measure_fk" FOREIGN KEY ("practice_id","practice_measure_id") REFERENCES "public"."practice_measures"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_responses_practice_measure_idx" ON "measure_responses" USING btree ("practice_id","practice_measure_id");--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_known_measure" CHECK ("measure_responses"."measure_slug" in ('phq-9', 'gad-7', 'session-feedback', 'nine-behavior-pulse') or "measure_responses"."practice_measure_id" is not null);--> statement-breakpoint
ALTER TABLE "measure_schedules" ADD CONSTRAINT "measure_schedules_known_measure" CHECK ("measure_schedules"."measure_slug" in ('phq-9', 'gad-7', 'session-feedback', 'nine-behavior-pulse') or "measure_schedules"."practice_measure_id" is not null);