ALTER TABLE "couples" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "client_homework_nudges" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "client_session_reminders" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "client_quiet_hours_start" smallint DEFAULT 1260;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "client_quiet_hours_end" smallint DEFAULT 480;--> statement-breakpoint
ALTER TABLE "couples" ADD CONSTRAINT "couples_closed_at_only_when_closed" CHECK ("couples"."closed_at" is null or "couples"."status" = 'closed');--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_client_quiet_hours" CHECK (("practices"."client_quiet_hours_start" is null) = ("practices"."client_quiet_hours_end" is null)
      and coalesce("practices"."client_quiet_hours_start" between 0 and 1439, true)
      and coalesce("practices"."client_quiet_hours_end" between 0 and 1439, true)
      and coalesce("practices"."client_quiet_hours_start" <> "practices"."client_quiet_hours_end", true));