-- Discreet mail: a message to a client waits in the outbox in two versions (0025). The functions
-- that take pending nudges back now clear the discreet version too, as they clear the other:
-- nothing of a settled message's body is kept. Same checks, same rows as before (0011, 0021).
CREATE OR REPLACE FUNCTION app_withdraw_pending_email(p_key_prefix text, p_reason text) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE withdrawn integer;
BEGIN
  IF NOT app_is_staff() OR length(p_key_prefix) < 8 THEN
    RETURN 0;
  END IF;
  UPDATE email_outbox
    SET status = 'skipped', last_error = p_reason, html = NULL, text = NULL,
      discreet_subject = NULL, discreet_html = NULL, discreet_text = NULL
    WHERE sender_practice_id = app_practice_id() AND status = 'pending'
      AND starts_with(idempotency_key, p_key_prefix)
      AND (locked_until IS NULL OR locked_until < now());
  GET DIAGNOSTICS withdrawn = ROW_COUNT;
  RETURN withdrawn;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_withdraw_couple_nudges(p_couple uuid, p_reason text) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE withdrawn integer;
BEGIN
  IF NOT app_staff_sees_couple(p_couple) THEN
    RETURN 0;
  END IF;
  UPDATE email_outbox
    SET status = 'skipped', last_error = p_reason, html = NULL, text = NULL,
      discreet_subject = NULL, discreet_html = NULL, discreet_text = NULL
    WHERE sender_practice_id = app_practice_id() AND status = 'pending' AND category IS NOT NULL
      AND recipient_user_id IN (SELECT user_id FROM partners
        WHERE practice_id = app_practice_id() AND couple_id = p_couple AND user_id IS NOT NULL)
      AND (locked_until IS NULL OR locked_until < now());
  GET DIAGNOSTICS withdrawn = ROW_COUNT;
  RETURN withdrawn;
END
$$;
