import type { Metadata } from 'next';
import { DEFAULT_TIME_ZONE, timeZoneChoices } from '../../../../../server/services/practices/time-zone';
import { loadOrRedirect, serverApi } from '../../../../_lib/server-api';
import { CrisisLinesForm } from './crisis-lines-form';
import { EmailDiscretionForm } from './email-discretion-form';
import { PracticeSettingsForm } from './practice-settings-form';
import { ReminderDefaultsForm } from './reminder-defaults-form';
import { TwoFactorRequirementForm } from './two-factor-requirement-form';
import { UndeliveredEmail } from './undelivered-email';

export const metadata: Metadata = { title: 'Practice settings' };

export default async function SettingsPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const practice = await loadOrRedirect(() => api.practice.current());
  const canEdit = practice.role === 'owner' || practice.role === 'admin';
  return (
    <main id="main" className="narrow">
      <h1>Practice settings</h1>
      {canEdit ? (
        <>
          <PracticeSettingsForm
            current={{
              name: practice.name,
              timeZone: practice.timeZone,
              noteTemplate: practice.noteTemplate,
              defaultAnswerVisibility: practice.defaultAnswerVisibility,
              officeAddress: practice.officeAddress,
            }}
            timeZones={timeZoneChoices()}
            defaultTimeZone={DEFAULT_TIME_ZONE}
          />
          <ReminderDefaultsForm current={await api.practice.reminderDefaults()} />
          <EmailDiscretionForm current={await api.practice.emailDiscretion()} />
          <TwoFactorRequirementForm
            required={(await api.practiceSecurity.twoFactorRequirement()).required}
            canChange={practice.role === 'owner'}
          />
          <CrisisLinesForm current={await api.safety.crisisLines()} />
          <UndeliveredEmail messages={await api.practice.undeliveredEmail()} timeZone={practice.timeZone} />
        </>
      ) : (
        <p className="card">Only the practice’s owners and admins can change its settings.</p>
      )}
    </main>
  );
}
