-- Tenancy and privacy wall for safety. A partner's check-ins are theirs and their counselor's:
-- the other partner cannot read them, count them or learn that they exist. Flags are for staff
-- who may see the couple (its counselor, owners and admins); a client only raises them, with the
-- check-in that prompts them, and cannot read them back. The couple's settings (cadence, hold) are
-- written by those staff; both partners read them (the portal pauses shared work during a hold).
-- Crisis lines are the practice's, read by every member, written by staff (owners and admins,
-- narrowed by the procedures).
CREATE FUNCTION app_staff_sees_couple(p_couple uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT EXISTS (
  SELECT 1 FROM memberships m
  WHERE m.practice_id = app_practice_id() AND m.user_id = app_user_id() AND m.status = 'active'
    AND (m.role IN ('owner', 'admin')
      OR (m.role = 'counselor' AND EXISTS (SELECT 1 FROM couples c
        WHERE c.practice_id = m.practice_id AND c.id = p_couple AND c.counselor_id = m.id)))
) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_staff_sees_couple(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_staff_sees_couple(uuid) TO ninefold_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON safety_check_ins TO ninefold_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON safety_flags, couple_safety_settings TO ninefold_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON practice_crisis_lines TO ninefold_app;
--> statement-breakpoint
ALTER TABLE safety_check_ins ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE safety_check_ins FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Own rows only for a client: never the partner's, so not even a count of them.
CREATE POLICY safety_check_ins_read ON safety_check_ins FOR SELECT
  USING (practice_id = (SELECT app_practice_id())
    AND (partner_id = (SELECT app_partner_id()) OR app_staff_sees_couple(couple_id)));
--> statement-breakpoint
CREATE POLICY safety_check_ins_own_insert ON safety_check_ins FOR INSERT
  WITH CHECK (practice_id = (SELECT app_practice_id())
    AND partner_id = (SELECT app_partner_id()) AND couple_id = (SELECT app_client_couple_id()));
--> statement-breakpoint
ALTER TABLE safety_flags ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE safety_flags FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY safety_flags_staff_read ON safety_flags FOR SELECT
  USING (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id));
--> statement-breakpoint
CREATE POLICY safety_flags_staff_update ON safety_flags FOR UPDATE
  USING (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id))
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id));
--> statement-breakpoint
-- Raised by the partner's own check-in, open; the partner cannot read it back.
CREATE POLICY safety_flags_own_insert ON safety_flags FOR INSERT
  WITH CHECK (practice_id = (SELECT app_practice_id())
    AND partner_id = (SELECT app_partner_id()) AND couple_id = (SELECT app_client_couple_id())
    AND acknowledged_at IS NULL);
--> statement-breakpoint
ALTER TABLE couple_safety_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE couple_safety_settings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY couple_safety_settings_read ON couple_safety_settings FOR SELECT
  USING (practice_id = (SELECT app_practice_id())
    AND (couple_id = (SELECT app_client_couple_id()) OR app_staff_sees_couple(couple_id)));
--> statement-breakpoint
CREATE POLICY couple_safety_settings_staff_insert ON couple_safety_settings FOR INSERT
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id));
--> statement-breakpoint
CREATE POLICY couple_safety_settings_staff_update ON couple_safety_settings FOR UPDATE
  USING (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id))
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND app_staff_sees_couple(couple_id));
--> statement-breakpoint
ALTER TABLE practice_crisis_lines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE practice_crisis_lines FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practice_crisis_lines_member_read ON practice_crisis_lines FOR SELECT
  USING (practice_id = (SELECT app_practice_id()));
--> statement-breakpoint
CREATE POLICY practice_crisis_lines_staff_write ON practice_crisis_lines FOR ALL
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()))
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
-- A safety hold stops the couple's nudges at once: pending nudges (mail with a category, so never a
-- sign-in link) from this practice to either partner are marked skipped, in the placing
-- transaction, for staff who may see the couple. A row a worker holds right now is left to it.
CREATE FUNCTION app_withdraw_couple_nudges(p_couple uuid, p_reason text) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE withdrawn integer;
BEGIN
  IF NOT app_staff_sees_couple(p_couple) THEN
    RETURN 0;
  END IF;
  UPDATE email_outbox
    SET status = 'skipped', last_error = p_reason, html = NULL, text = NULL
    WHERE sender_practice_id = app_practice_id() AND status = 'pending' AND category IS NOT NULL
      AND recipient_user_id IN (SELECT user_id FROM partners
        WHERE practice_id = app_practice_id() AND couple_id = p_couple AND user_id IS NOT NULL)
      AND (locked_until IS NULL OR locked_until < now());
  GET DIAGNOSTICS withdrawn = ROW_COUNT;
  RETURN withdrawn;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_withdraw_couple_nudges(uuid, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_withdraw_couple_nudges(uuid, text) TO ninefold_app;
