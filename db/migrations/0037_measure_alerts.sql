CREATE TABLE "couple_measure_alerts" (
	"practice_id" uuid NOT NULL,
	"couple_id" uuid NOT NULL,
	"not_improving" boolean DEFAULT false NOT NULL,
	"worse" boolean DEFAULT false NOT NULL,
	"alliance_split" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "couple_measure_alerts_practice_id_couple_id_pk" PRIMARY KEY("practice_id","couple_id"),
	CONSTRAINT "couple_measure_alerts_some" CHECK ("couple_measure_alerts"."not_improving" or "couple_measure_alerts"."worse" or "couple_measure_alerts"."alliance_split")
);
--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "measure_not_improving_after" smallint DEFAULT 4 NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "measure_alliance_split_gap" numeric(2, 1) DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "couple_measure_alerts" ADD CONSTRAINT "couple_measure_alerts_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "couple_measure_alerts" ADD CONSTRAINT "couple_measure_alerts_couple_fk" FOREIGN KEY ("practice_id","couple_id") REFERENCES "public"."couples"("practice_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_measure_not_improving_after" CHECK ("practices"."measure_not_improving_after" between 2 and 20);--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_measure_alliance_split_gap" CHECK ("practices"."measure_alliance_split_gap" in (0.5, 1, 1.5, 2));