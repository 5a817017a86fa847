CREATE TYPE "public"."answer_visibility" AS ENUM('private', 'counselor', 'couple');--> statement-breakpoint
CREATE TYPE "public"."behavior" AS ENUM('attentive-listening', 'compassion', 'shared-laughter', 'de-escalation', 'present-focus', 'basic-trust', 'accountability', 'constructive-energy', 'quality-time');--> statement-breakpoint
CREATE TYPE "public"."exercise_kind" AS ENUM('reflection', 'joint-reveal', 'practice-log', 'check-in-scale');--> statement-breakpoint
CREATE TYPE "public"."response_status" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TABLE "assignments" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL,
	"partner_id" uuid,
	"assigned_by_id" uuid NOT NULL,
	"exercise_id" uuid,
	"practice_exercise_id" uuid,
	"behavior" "behavior" NOT NULL,
	"kind" "exercise_kind" NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"note" text,
	"due_on" date NOT NULL,
	"cancelled_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_id" uuid,
	"review_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"behavior" "behavior" NOT NULL,
	"kind" "exercise_kind" NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercises_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "practice_exercises" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"behavior" "behavior" NOT NULL,
	"kind" "exercise_kind" NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"copied_from_exercise_id" uuid,
	"created_by_id" uuid NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_exercises_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"partner_id" uuid,
	"status" "response_status" DEFAULT 'draft' NOT NULL,
	"visibility" "answer_visibility" NOT NULL,
	"body_ciphertext" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "responses_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "responses_submitted_has_time" CHECK (("responses"."status" = 'submitted') = ("responses"."submitted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "default_answer_visibility" "answer_visibility" DEFAULT 'counselor' NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_couple_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_partner_fk" FOREIGN KEY ("practice_id","partner_id") REFERENCES "public"."partners"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_by_fk" FOREIGN KEY ("practice_id","assigned_by_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_reviewed_by_fk" FOREIGN KEY ("practice_id","reviewed_by_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_practice_exercise_fk" FOREIGN KEY ("practice_id","practice_exercise_id") REFERENCES "public"."practice_exercises"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_exercises" ADD CONSTRAINT "practice_exercises_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_exercises" ADD CONSTRAINT "practice_exercises_copied_from_exercise_id_exercises_id_fk" FOREIGN KEY ("copied_from_exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_exercises" ADD CONSTRAINT "practice_exercises_created_by_fk" FOREIGN KEY ("practice_id","created_by_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_assignment_fk" FOREIGN KEY ("practice_id","assignment_id") REFERENCES "public"."assignments"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_couple_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_partner_fk" FOREIGN KEY ("practice_id","partner_id") REFERENCES "public"."partners"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_practice_couple_due_idx" ON "assignments" USING btree ("practice_id","couple_id","due_on");--> statement-breakpoint
CREATE INDEX "practice_exercises_practice_behavior_idx" ON "practice_exercises" USING btree ("practice_id","behavior","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "responses_assignment_partner_key" ON "responses" USING btree ("practice_id","assignment_id","partner_id") WHERE "responses"."partner_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "responses_assignment_together_key" ON "responses" USING btree ("practice_id","assignment_id") WHERE "responses"."partner_id" is null;--> statement-breakpoint
CREATE INDEX "responses_practice_couple_idx" ON "responses" USING btree ("practice_id","couple_id");