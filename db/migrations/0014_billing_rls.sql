-- Billing rows belong to their practice. Subscription state is written only by the Stripe webhook
-- (owner connection): the app role reads it, for the entitlement checks and the billing page. The
-- practice's Stripe customer is recorded by its staff's first checkout. Stripe event receipts are
-- the webhook's alone.
ALTER TABLE practice_subscriptions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE practice_subscriptions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Every member's requests check the practice's access level, clients' too.
CREATE POLICY practice_subscriptions_member_read ON practice_subscriptions FOR SELECT
  USING (practice_id = (SELECT app_practice_id()));
--> statement-breakpoint
GRANT SELECT ON practice_subscriptions TO ninefold_app;
--> statement-breakpoint
ALTER TABLE billing_customers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE billing_customers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY billing_customers_staff ON billing_customers FOR ALL
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()))
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
GRANT SELECT, INSERT ON billing_customers TO ninefold_app;
