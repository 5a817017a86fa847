/** The settings page's sections, and a list of them beside the page on a desk to jump between. */
const SETTINGS_SECTIONS = [
  { id: 'practice', label: 'Practice' },
  { id: 'reminders', label: 'Client reminders' },
  { id: 'email-privacy', label: 'Client email privacy' },
  { id: 'sign-in-security', label: 'Sign-in security' },
  { id: 'crisis-lines', label: 'Crisis lines' },
  { id: 'measures', label: 'Measures' },
  { id: 'measure-alerts', label: 'Measure alerts' },
  { id: 'undelivered-email', label: 'Undelivered email' },
] as const;

/** Anchor-card styling: a little room above a section when its link is followed. */
export const SECTION_CLASS = 'scroll-mt-6';

export function SettingsSectionList() {
  return (
    <nav aria-label="Settings sections" className="max-lg:hidden">
      <ul className="sticky top-6 m-0 flex list-none flex-col gap-0.5 border-l border-line p-0">
        {SETTINGS_SECTIONS.map((s) => (
          <li key={s.id}>
            <a
              href={`#${s.id}`}
              className="-ml-px block border-l-2 border-transparent py-1.5 pl-4 text-sm text-muted no-underline hover:border-brand-700 hover:text-ink"
            >
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
