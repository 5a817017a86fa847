'use client';
// When the caseload and the couple page raise a measure alert: the practice's two thresholds.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { PendingButton } from '@/app/_components/pending-button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { Field, SelectField } from '@/app/_components/ui/field';
import { FormMessage } from '@/app/_components/ui/form-message';
import { describeError } from '@/app/_lib/error-message';
import { useTRPC } from '@/app/_lib/trpc-client';
import {
  ALLIANCE_SPLIT_GAPS,
  NOT_IMPROVING_AFTER_RANGE,
  type TMeasureThresholds,
  ZMeasureThresholds,
} from '@/server/services/measures/measure-thresholds-shape';
import { SECTION_CLASS } from './settings-sections';

const points = (gap: number) => `${gap.toLocaleString('en-US')} ${gap === 1 ? 'point' : 'points'}`;

export function MeasureThresholdsForm({ current }: { current: TMeasureThresholds }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.practice.updateMeasureThresholds.mutationOptions());
  const [saved, setSaved] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<Partial<Record<keyof TMeasureThresholds, string>>>({});
  const failure = save.error ? describeError(save.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    save.reset();
    const form = new FormData(event.currentTarget);
    const parsed = ZMeasureThresholds.safeParse({
      notImprovingAfter: Number(String(form.get('notImprovingAfter') ?? '').trim() || Number.NaN),
      allianceSplitGap: Number(form.get('allianceSplitGap')),
    });
    if (!parsed.success) {
      setInvalid(
        Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])),
      );
      return;
    }
    setInvalid({});
    save.mutate(parsed.data, {
      onSuccess: () => setSaved('Measure alerts saved. Every couple’s alerts now follow them.'),
    });
  }

  return (
    <Card id="measure-alerts" className={SECTION_CLASS}>
      <form onSubmit={submit} noValidate aria-labelledby="measure-thresholds-heading">
        <CardTitle id="measure-thresholds-heading">Measure alerts</CardTitle>
        <CardDescription className="mb-4">
          When the caseload and each couple’s Measures tab point out a partner who is not improving, or
          partners whose sense of the work has split apart. A change applies to every couple at once.
        </CardDescription>
        <FormMessage
          error={Object.keys(invalid).length > 0 ? 'Please check the thresholds.' : failure?.message}
          success={saved}
        />
        <div className="grid gap-x-4 md:grid-cols-2">
          <Field
            label="Not improving after"
            name="notImprovingAfter"
            id="threshold-not-improving"
            type="number"
            inputMode="numeric"
            min={NOT_IMPROVING_AFTER_RANGE.min}
            max={NOT_IMPROVING_AFTER_RANGE.max}
            step={1}
            defaultValue={current.notImprovingAfter}
            hint={`Answers to one questionnaire, from ${NOT_IMPROVING_AFTER_RANGE.min} to ${NOT_IMPROVING_AFTER_RANGE.max}, without reliable change for a partner who started at or past its cut-off.`}
            error={invalid.notImprovingAfter ?? failure?.fields.notImprovingAfter}
          />
          <SelectField
            label="Alliance split at a gap of"
            name="allianceSplitGap"
            id="threshold-alliance-gap"
            defaultValue={String(current.allianceSplitGap)}
            hint="Between the partners’ session feedback (1 to 5), or a partner’s fall since their last answer."
            error={invalid.allianceSplitGap ?? failure?.fields.allianceSplitGap}
          >
            {ALLIANCE_SPLIT_GAPS.map((gap) => (
              <option key={gap} value={String(gap)}>
                {points(gap)}
              </option>
            ))}
          </SelectField>
        </div>
        <PendingButton type="submit" pending={save.isPending} pendingLabel="Saving…">
          Save measure alerts
        </PendingButton>
      </form>
    </Card>
  );
}
