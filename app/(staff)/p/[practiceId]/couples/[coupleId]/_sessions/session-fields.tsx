'use client';
// Date, time, length, format and place of a session: shared by booking and rescheduling.
import { useState } from 'react';
import { Choice, ChoiceGroup } from '@/app/_components/ui/choice';
import { Field } from '@/app/_components/ui/field';
import { FORMAT_LABELS } from '@/app/_lib/session-time';

export type SessionFormat = keyof typeof FORMAT_LABELS;

export type SessionDefaults = {
  date: string;
  time: string;
  durationMinutes: number;
  format: SessionFormat;
  location: string;
};

/** The values of a form that holds SessionFields, as the sessions procedures take them. */
export function readSessionFields(form: FormData) {
  const format: SessionFormat = form.get('format') === 'video' ? 'video' : 'in-person';
  return {
    date: String(form.get('date') ?? ''),
    time: String(form.get('time') ?? ''),
    durationMinutes: Number(form.get('durationMinutes') ?? 0),
    format,
    location: String(form.get('location') ?? ''),
  };
}

export function SessionFields({
  idPrefix,
  timeZone,
  defaults,
  errors,
  minDate,
}: {
  idPrefix: string;
  timeZone: string;
  defaults: SessionDefaults;
  errors: Record<string, string>;
  minDate: string;
}) {
  const [format, setFormat] = useState<SessionFormat>(defaults.format);
  return (
    <>
      <div className="grid gap-x-4 sm:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))]">
        <Field
          label="Date"
          name="date"
          id={`${idPrefix}-date`}
          type="date"
          min={minDate}
          required
          defaultValue={defaults.date}
          error={errors.date}
        />
        <Field
          label="Start time"
          name="time"
          id={`${idPrefix}-time`}
          type="time"
          step={300}
          required
          hint={`Practice time: ${timeZone.replaceAll('_', ' ')}`}
          defaultValue={defaults.time}
          error={errors.time}
        />
        <Field
          label="Length (minutes)"
          name="durationMinutes"
          id={`${idPrefix}-duration`}
          type="number"
          inputMode="numeric"
          min={10}
          max={480}
          step={5}
          required
          defaultValue={defaults.durationMinutes}
          error={errors.durationMinutes}
        />
      </div>
      <ChoiceGroup legend="Format" className="[&>div]:grid-cols-2">
        {(Object.keys(FORMAT_LABELS) as SessionFormat[]).map((value) => (
          <Choice
            key={value}
            name="format"
            value={value}
            label={FORMAT_LABELS[value]}
            checked={format === value}
            onChange={() => setFormat(value)}
          />
        ))}
      </ChoiceGroup>
      {format === 'video' ? (
        <Field
          key="video"
          label="Meeting link"
          name="location"
          id={`${idPrefix}-location`}
          type="url"
          inputMode="url"
          placeholder="https://"
          hint="The couple sees this link in their portal. It must start with https://"
          required
          maxLength={500}
          defaultValue={defaults.format === 'video' ? defaults.location : ''}
          error={errors.location}
        />
      ) : (
        <Field
          key="in-person"
          label="Address"
          name="location"
          id={`${idPrefix}-location`}
          hint="Optional. Leave empty for the practice’s office address (Practice settings)."
          maxLength={500}
          autoComplete="street-address"
          defaultValue={defaults.format === 'in-person' ? defaults.location : ''}
          error={errors.location}
        />
      )}
    </>
  );
}
