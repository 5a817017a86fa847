CREATE TYPE "public"."note_template" AS ENUM('dap', 'soap', 'birp', 'free');--> statement-breakpoint
CREATE TYPE "public"."session_format" AS ENUM('in-person', 'video');--> statement-breakpoint
CREATE TYPE "public"."session_status" AS ENUM('scheduled', 'attended', 'no-show', 'cancelled');--> statement-breakpoint
CREATE TABLE "counseling_sessions" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL,
	"counselor_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"format" "session_format" NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"status" "session_status" DEFAULT 'scheduled' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counseling_sessions_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "counseling_sessions_duration_range" CHECK ("counseling_sessions"."duration_minutes" between 10 and 480)
);
--> statement-breakpoint
CREATE TABLE "process_notes" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body_ciphertext" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "process_notes_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "process_notes_session_author_key" UNIQUE("practice_id","session_id","author_id")
);
--> statement-breakpoint
CREATE TABLE "session_note_addenda" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body_ciphertext" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_note_addenda_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "session_notes" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"template" "note_template" NOT NULL,
	"content_ciphertext" text NOT NULL,
	"signed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_notes_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "session_notes_session_key" UNIQUE("practice_id","session_id")
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "session_note_id" uuid;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "time_zone" text DEFAULT 'America/New_York' NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "note_template" "note_template" DEFAULT 'dap' NOT NULL;--> statement-breakpoint
ALTER TABLE "counseling_sessions" ADD CONSTRAINT "counseling_sessions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counseling_sessions" ADD CONSTRAINT "counseling_sessions_couple_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counseling_sessions" ADD CONSTRAINT "counseling_sessions_counselor_fk" FOREIGN KEY ("practice_id","counselor_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counseling_sessions" ADD CONSTRAINT "counseling_sessions_created_by_fk" FOREIGN KEY ("practice_id","created_by_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_notes" ADD CONSTRAINT "process_notes_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_notes" ADD CONSTRAINT "process_notes_session_fk" FOREIGN KEY ("practice_id","session_id") REFERENCES "public"."counseling_sessions"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_notes" ADD CONSTRAINT "process_notes_author_fk" FOREIGN KEY ("practice_id","author_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_note_addenda" ADD CONSTRAINT "session_note_addenda_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_note_addenda" ADD CONSTRAINT "session_note_addenda_note_fk" FOREIGN KEY ("practice_id","note_id") REFERENCES "public"."session_notes"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_note_addenda" ADD CONSTRAINT "session_note_addenda_author_fk" FOREIGN KEY ("practice_id","author_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_session_fk" FOREIGN KEY ("practice_id","session_id") REFERENCES "public"."counseling_sessions"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_couple_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_author_fk" FOREIGN KEY ("practice_id","author_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counseling_sessions_practice_couple_starts_idx" ON "counseling_sessions" USING btree ("practice_id","couple_id","starts_at");--> statement-breakpoint
CREATE INDEX "counseling_sessions_practice_counselor_starts_idx" ON "counseling_sessions" USING btree ("practice_id","counselor_id","starts_at");--> statement-breakpoint
CREATE INDEX "session_note_addenda_practice_note_idx" ON "session_note_addenda" USING btree ("practice_id","note_id","created_at");--> statement-breakpoint
CREATE INDEX "session_notes_practice_couple_idx" ON "session_notes" USING btree ("practice_id","couple_id","signed_at");--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_session_note_fk" FOREIGN KEY ("practice_id","session_note_id") REFERENCES "public"."session_notes"("practice_id","id") ON DELETE no action ON UPDATE no action;