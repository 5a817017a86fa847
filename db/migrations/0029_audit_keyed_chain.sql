CREATE TABLE "audit_checkpoints" (
	"practice_id" uuid NOT NULL,
	"n" bigint NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"mac" text NOT NULL,
	CONSTRAINT "audit_checkpoints_practice_id_n_pk" PRIMARY KEY("practice_id","n")
);
--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "seq" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_version" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_checkpoints" ADD CONSTRAINT "audit_checkpoints_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;