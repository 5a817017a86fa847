// A plain GET form: the filters live in the URL, work without JavaScript, and every control is a
// native, labelled one (keyboard and screen readers get them for free).
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
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
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
    <form method="get" className="filters card" aria-label="Filter the audit log">
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
      <div className="field">
        <label htmlFor="audit-from">From (UTC day)</label>
        <input id="audit-from" name="from" type="date" defaultValue={values.from ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">To (UTC day, included)</label>
        <input id="audit-to" name="to" type="date" defaultValue={values.to ?? ''} />
      </div>
      <div className="actions">
        <button type="submit">Show events</button>
      </div>
    </form>
  );
}
