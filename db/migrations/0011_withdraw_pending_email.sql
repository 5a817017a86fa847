-- Lets a change take back the nudges it made wrong before they go out (a rescheduled or cancelled
-- session's reminder): pending rows of the current practice whose idempotency key starts with the
-- prefix are marked skipped, for staff only. A row a worker holds right now is left to the worker.
-- plpgsql, so the body is checked when it runs: 'skipped' was added to the enum in 0009, and a
-- fresh database applies both in one transaction.
CREATE FUNCTION app_withdraw_pending_email(p_key_prefix text, p_reason text) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE withdrawn integer;
BEGIN
  IF NOT app_is_staff() OR length(p_key_prefix) < 8 THEN
    RETURN 0;
  END IF;
  UPDATE email_outbox
    SET status = 'skipped', last_error = p_reason, html = NULL, text = NULL
    WHERE sender_practice_id = app_practice_id() AND status = 'pending'
      AND starts_with(idempotency_key, p_key_prefix)
      AND (locked_until IS NULL OR locked_until < now());
  GET DIAGNOSTICS withdrawn = ROW_COUNT;
  RETURN withdrawn;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_withdraw_pending_email(text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_withdraw_pending_email(text, text) TO ninefold_app;
