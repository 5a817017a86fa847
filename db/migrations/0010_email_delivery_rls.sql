-- Email delivery: who may read and change what. The outbox, the local mailbox, suppressions and
-- webhook receipts belong to the worker and webhooks (owner connection); the app role only adds
-- outbox rows (0001) and asks the narrow questions below.
ALTER TABLE notification_preferences ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE notification_preferences FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Each person reads and changes their own preferences only, in whichever practice they are.
CREATE POLICY notification_preferences_own ON notification_preferences FOR ALL
  USING (user_id = (SELECT app_user_id())) WITH CHECK (user_id = (SELECT app_user_id()));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON notification_preferences TO ninefold_app;
--> statement-breakpoint
-- Which of the current practice's partners can no longer be mailed, for its staff: the partner,
-- never a way to ask about any other address.
CREATE FUNCTION app_partner_email_suppressions()
  RETURNS TABLE (partner_id uuid, couple_id uuid, reason suppression_reason, suppressed_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT p.id, p.couple_id, s.reason, s.created_at FROM partners p
  JOIN email_suppressions s ON s.email = lower(p.email)
  WHERE p.practice_id = app_practice_id() AND app_is_staff() $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_partner_email_suppressions() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_partner_email_suppressions() TO ninefold_app;
--> statement-breakpoint
-- Messages sent for the current practice that could not be delivered, for its owners and admins.
-- Bodies are cleared on failure, so nothing here holds a link or a token.
CREATE FUNCTION app_undelivered_email(p_limit integer)
  RETURNS TABLE (id uuid, to_email text, template text, attempts integer, last_error text,
    created_at timestamptz, failed_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT o.id, o.to_email, o.template, o.attempts, o.last_error, o.created_at, o.failed_at
  FROM email_outbox o
  WHERE o.sender_practice_id = app_practice_id() AND o.failed_at IS NOT NULL
    AND EXISTS (SELECT 1 FROM memberships m WHERE m.practice_id = app_practice_id()
      AND m.user_id = app_user_id() AND m.status = 'active' AND m.role IN ('owner', 'admin'))
  ORDER BY o.failed_at DESC LIMIT least(p_limit, 200) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_undelivered_email(integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_undelivered_email(integer) TO ninefold_app;
