CREATE TYPE "public"."measure_timing" AS ENUM('intake', 'before-session', 'after-session', 'every-n-weeks', 'discharge');--> statement-breakpoint
CREATE TABLE "measure_responses" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"measure_slug" text NOT NULL,
	"session_id" uuid,
	"answers_ciphertext" text NOT NULL,
	"score" numeric(6, 2) NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_responses_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "measure_responses_session_key" UNIQUE("practice_id","partner_id","measure_slug","session_id"),
	CONSTRAINT "measure_responses_known_measure" CHECK ("measure_responses"."measure_slug" in ('phq-9', 'gad-7', 'session-feedback'))
);
--> statement-breakpoint
CREATE TABLE "measure_schedules" (
	"practice_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"measure_slug" text NOT NULL,
	"timing" "measure_timing" NOT NULL,
	"interval_weeks" smallint,
	"hours_before" smallint DEFAULT 72 NOT NULL,
	"updated_by_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_schedules_practice_id_couple_id_measure_slug_pk" PRIMARY KEY("practice_id","couple_id","measure_slug"),
	CONSTRAINT "measure_schedules_known_measure" CHECK ("measure_schedules"."measure_slug" in ('phq-9', 'gad-7', 'session-feedback')),
	CONSTRAINT "measure_schedules_interval" CHECK (("measure_schedules"."timing" = 'every-n-weeks') = ("measure_schedules"."interval_weeks" is not null) and ("measure_schedules"."interval_weeks" is null or "measure_schedules"."interval_weeks" between 1 and 52)),
	CONSTRAINT "measure_schedules_hours_before_range" CHECK ("measure_schedules"."hours_before" between 1 and 168)
);
--> statement-breakpoint
ALTER TABLE "safety_flags" ALTER COLUMN "check_in_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD COLUMN "measure_response_id" uuid;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_couple_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_partner_fk" FOREIGN KEY ("practice_id","partner_id") REFERENCES "public"."partners"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_session_fk" FOREIGN KEY ("practice_id","session_id") REFERENCES "public"."counseling_sessions"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_schedules" ADD CONSTRAINT "measure_schedules_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_schedules" ADD CONSTRAINT "measure_schedules_couple_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_schedules" ADD CONSTRAINT "measure_schedules_updated_by_fk" FOREIGN KEY ("practice_id","updated_by_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_responses_practice_couple_idx" ON "measure_responses" USING btree ("practice_id","couple_id","measure_slug","submitted_at");--> statement-breakpoint
CREATE INDEX "measure_responses_practice_partner_idx" ON "measure_responses" USING btree ("practice_id","partner_id","measure_slug","submitted_at");--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_measure_response_fk" FOREIGN KEY ("practice_id","measure_response_id") REFERENCES "public"."measure_responses"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_measure_response_key" UNIQUE("practice_id","measure_response_id");--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_one_source" CHECK (num_nonnulls("safety_flags"."check_in_id", "safety_flags"."measure_response_id") = 1);