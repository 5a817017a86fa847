CREATE TABLE "couple_safety_settings" (
	"practice_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"check_in_cadence_days" smallint DEFAULT 30 NOT NULL,
	"hold_placed_at" timestamp with time zone,
	"hold_placed_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "couple_safety_settings_practice_id_couple_id_pk" PRIMARY KEY("practice_id","couple_id"),
	CONSTRAINT "couple_safety_settings_cadence_range" CHECK ("couple_safety_settings"."check_in_cadence_days" between 0 and 365),
	CONSTRAINT "couple_safety_settings_hold_whole" CHECK (("couple_safety_settings"."hold_placed_at" is null) = ("couple_safety_settings"."hold_placed_by_id" is null))
);
--> statement-breakpoint
CREATE TABLE "practice_crisis_lines" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"contact" text NOT NULL,
	"url" text,
	"description" text DEFAULT '' NOT NULL,
	"position" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_crisis_lines_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "practice_crisis_lines_position_key" UNIQUE("practice_id","position")
);
--> statement-breakpoint
CREATE TABLE "safety_check_ins" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"answers_ciphertext" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "safety_check_ins_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "safety_flags" (
	"practice_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"check_in_id" uuid NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by_id" uuid,
	"acknowledged_at" timestamp with time zone,
	"note_ciphertext" text,
	CONSTRAINT "safety_flags_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "safety_flags_check_in_key" UNIQUE("practice_id","check_in_id"),
	CONSTRAINT "safety_flags_acknowledged_whole" CHECK (("safety_flags"."acknowledged_at" is null) = ("safety_flags"."acknowledged_by_id" is null) and ("safety_flags"."acknowledged_at" is null) = ("safety_flags"."note_ciphertext" is null))
);
--> statement-breakpoint
ALTER TABLE "couple_safety_settings" ADD CONSTRAINT "couple_safety_settings_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "couple_safety_settings" ADD CONSTRAINT "couple_safety_settings_couple_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "couple_safety_settings" ADD CONSTRAINT "couple_safety_settings_hold_placed_by_fk" FOREIGN KEY ("practice_id","hold_placed_by_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_crisis_lines" ADD CONSTRAINT "practice_crisis_lines_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_check_ins" ADD CONSTRAINT "safety_check_ins_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_check_ins" ADD CONSTRAINT "safety_check_ins_couple_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_check_ins" ADD CONSTRAINT "safety_check_ins_partner_fk" FOREIGN KEY ("practice_id","partner_id") REFERENCES "public"."partners"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_couple_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_partner_fk" FOREIGN KEY ("practice_id","partner_id") REFERENCES "public"."partners"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_check_in_fk" FOREIGN KEY ("practice_id","check_in_id") REFERENCES "public"."safety_check_ins"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_flags" ADD CONSTRAINT "safety_flags_acknowledged_by_fk" FOREIGN KEY ("practice_id","acknowledged_by_id") REFERENCES "public"."memberships"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "couple_safety_settings_held_idx" ON "couple_safety_settings" USING btree ("practice_id","couple_id") WHERE "couple_safety_settings"."hold_placed_at" is not null;--> statement-breakpoint
CREATE INDEX "safety_check_ins_practice_partner_idx" ON "safety_check_ins" USING btree ("practice_id","partner_id","submitted_at");--> statement-breakpoint
CREATE INDEX "safety_check_ins_practice_couple_idx" ON "safety_check_ins" USING btree ("practice_id","couple_id","submitted_at");--> statement-breakpoint
CREATE INDEX "safety_flags_practice_couple_open_idx" ON "safety_flags" USING btree ("practice_id","couple_id") WHERE "safety_flags"."acknowledged_at" is null;--> statement-breakpoint
CREATE INDEX "safety_flags_practice_couple_raised_idx" ON "safety_flags" USING btree ("practice_id","couple_id","raised_at");