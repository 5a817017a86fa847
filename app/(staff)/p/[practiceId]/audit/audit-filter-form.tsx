// A plain GET form: the filters live in the URL, work without JavaScript, and every control is a
// native, labelled one (keyboard and screen readers get them for free).
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Field, SelectField } from '@/app/_components/ui/field';

type Option = { value: string; label: string };

export type AuditFilterValues = {
  person?: string;
  action?: string;
  couple?: string;
  from?: string;
  to?: string;
};

function Select({
  id,
  label,
  name,
  value,
  any,
  options,
}: {
  id: string;
  label: string;
  name: string;
  value?: string;
  any: string;
  options: Option[];
}) {
  return (
    <SelectField id={id} label={label} name={name} defaultValue={value ?? ''} fieldClassName="mb-0">
      <option value="">{any}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}

export function AuditFilterForm({
  values,
  people,
  actions,
  couples,
}: {
  values: AuditFilterValues;
  people: Option[];
  actions: Option[];
  couples: Option[];
}) {
  return (
    <Card className="p-4 sm:p-5">
      <form method="get" aria-label="Filter the audit log">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Select
            id="audit-person"
            label="Person"
            name="person"
            value={values.person}
            any="Anyone"
            options={people}
          />
          <Select
            id="audit-action"
            label="Action"
            name="action"
            value={values.action}
            any="Any action"
            options={actions}
          />
          <Select
            id="audit-couple"
            label="Couple"
            name="couple"
            value={values.couple}
            any="Any couple"
            options={couples}
          />
          <Field
            id="audit-from"
            label="From (UTC day)"
            name="from"
            type="date"
            defaultValue={values.from ?? ''}
            fieldClassName="mb-0"
          />
          <Field
            id="audit-to"
            label="To (UTC day, included)"
            name="to"
            type="date"
            defaultValue={values.to ?? ''}
            fieldClassName="mb-0"
          />
          <div className="flex items-end">
            <Button type="submit" className="w-full sm:w-auto">
              Show events
            </Button>
          </div>
        </div>
      </form>
    </Card>
  );
}
