-- Tenancy wall for sessions and notes. Staff of the practice work with sessions and session
-- notes (services narrow that to the couple's counselor and admins); a client sees only their
-- couple's sessions and never a note. Process notes are their author's alone.
CREATE FUNCTION app_membership_id() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT m.id FROM memberships m
  WHERE m.practice_id = app_practice_id() AND m.user_id = app_user_id() AND m.status = 'active'
  LIMIT 1 $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_membership_id() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_membership_id() TO ninefold_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON counseling_sessions, session_notes, process_notes TO ninefold_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON session_note_addenda TO ninefold_app;
--> statement-breakpoint
ALTER TABLE counseling_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE counseling_sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY counseling_sessions_read ON counseling_sessions FOR SELECT
  USING (practice_id = (SELECT app_practice_id())
    AND ((SELECT app_is_staff()) OR couple_id = (SELECT app_client_couple_id())));
--> statement-breakpoint
CREATE POLICY counseling_sessions_staff_write ON counseling_sessions
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
ALTER TABLE session_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE session_notes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY session_notes_staff ON session_notes
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
-- A signed note is part of the record: nobody changes or deletes it, whatever their role.
CREATE FUNCTION refuse_signed_note_change() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'a signed session note cannot change; add an addendum' USING ERRCODE = '55000';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER session_notes_signed_are_final BEFORE UPDATE OR DELETE ON session_notes
  FOR EACH ROW EXECUTE FUNCTION refuse_signed_note_change();
--> statement-breakpoint
ALTER TABLE session_note_addenda ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE session_note_addenda FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY session_note_addenda_read ON session_note_addenda FOR SELECT
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff()));
--> statement-breakpoint
-- Addenda are written by the signed-in staff member, under their own name.
CREATE POLICY session_note_addenda_insert ON session_note_addenda FOR INSERT
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff())
    AND author_id = (SELECT app_membership_id()));
--> statement-breakpoint
ALTER TABLE process_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE process_notes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY process_notes_author ON process_notes
  USING (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff())
    AND author_id = (SELECT app_membership_id()))
  WITH CHECK (practice_id = (SELECT app_practice_id()) AND (SELECT app_is_staff())
    AND author_id = (SELECT app_membership_id()));
