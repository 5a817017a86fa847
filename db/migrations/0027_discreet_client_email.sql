ALTER TABLE "email_outbox" ADD COLUMN "discreet_subject" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "discreet_html" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "discreet_text" text;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD COLUMN "discreet_email" boolean;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "discreet_client_email" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "discreet_sender_name" text DEFAULT 'Account notifications' NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_discreet_sender_name" CHECK (char_length(btrim("practices"."discreet_sender_name")) between 1 and 60
      and "practices"."discreet_sender_name" !~ '[[:cntrl:]]');