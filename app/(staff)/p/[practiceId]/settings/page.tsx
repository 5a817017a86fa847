import type { Metadata } from 'next';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { DEFAULT_TIME_ZONE, timeZoneChoices } from '@/server/services/practices/time-zone';
import { CrisisLinesForm } from './crisis-lines-form';
import { EmailDiscretionForm } from './email-discretion-form';
import { MeasureThresholdsForm } from './measure-thresholds-form';
import { canChangeSettings, OwnersOnly } from './owners-only';
import { PracticeMeasuresSection } from './practice-measures-section';
import { PracticeSettingsForm } from './practice-settings-form';
import { ReminderDefaultsForm } from './reminder-defaults-form';
import { SettingsSectionList } from './settings-sections';
import { TwoFactorRequirementForm } from './two-factor-requirement-form';
import { UndeliveredEmail } from './undelivered-email';

export const metadata: Metadata = { title: 'Practice settings' };

export default async function SettingsPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const practice = await loadOrRedirect(() => api.practice.current());
  if (!canChangeSettings(practice.role)) return <OwnersOnly title="Practice settings" />;
  return (
    <Page>
      <PageHeader
        title="Practice settings"
        description={<p>How the practice works for everyone in it. Each part saves on its own.</p>}
      />
      <div className="grid items-start gap-8 lg:grid-cols-[12rem_minmax(0,1fr)]">
        <SettingsSectionList />
        <div className="flex min-w-0 flex-col gap-6">
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
          <PracticeMeasuresSection practiceId={practiceId} measures={await api.practiceMeasures.find()} />
          <MeasureThresholdsForm current={await api.practice.measureThresholds()} />
          <UndeliveredEmail messages={await api.practice.undeliveredEmail()} timeZone={practice.timeZone} />
        </div>
      </div>
    </Page>
  );
}
