import {
  Building2,
  LayoutGrid,
  type LucideIcon,
  NotebookPen,
  ShieldCheck,
  Smartphone,
  UsersRound,
} from 'lucide-react';

const FEATURES: { icon: LucideIcon; title: string; text: string }[] = [
  {
    icon: UsersRound,
    title: 'Your caseload at a glance',
    text: 'Every couple you see, their next session and what is due, in one list. Owners can look across the whole practice.',
  },
  {
    icon: NotebookPen,
    title: 'Session notes',
    text: 'Write notes during or after a session and sign them when they are final. Notes are encrypted when stored.',
  },
  {
    icon: LayoutGrid,
    title: 'Homework on nine behaviors',
    text: 'Assign short exercises between sessions, each built on one of nine behaviors that help partners trust again, and follow each partner’s progress over time.',
  },
  {
    icon: Smartphone,
    title: 'A private portal for each partner',
    text: 'Partners sign in with an email link, no password to remember, and do their homework on a phone. What one writes privately stays private.',
  },
  {
    icon: ShieldCheck,
    title: 'Safety built in',
    text: 'Private check-ins, a quick exit on every portal page and crisis lines within reach. Shared exercises can pause while you follow up.',
  },
  {
    icon: Building2,
    title: 'Practice admin and billing',
    text: 'Invite counselors, set who can do what, require two-factor sign-in, and manage seats and invoices in one place.',
  },
];

export function Features() {
  return (
    <section aria-labelledby="features-title" className="px-4 py-16 sm:px-6 lg:py-24">
      <div className="mx-auto max-w-6xl">
        <div className="max-w-2xl">
          <h2 id="features-title" className="m-0 text-3xl tracking-tight">
            Everything a couples practice runs on
          </h2>
          <p className="m-0 mt-3 text-lg text-muted">
            Built for the way couples work actually happens: two people, one counselor, and the weeks in
            between.
          </p>
        </div>
        <ul className="m-0 mt-10 grid list-none gap-4 p-0 sm:grid-cols-2 lg:grid-cols-3">
          {FEATURES.map(({ icon: Icon, title, text }) => (
            <li
              key={title}
              className="flex gap-4 rounded-lg border border-line bg-surface p-5 shadow-card sm:flex-col sm:p-6"
            >
              <span className="flex size-11 shrink-0 items-center justify-center rounded-md bg-brand-50 text-brand-700">
                <Icon aria-hidden className="size-5" />
              </span>
              <div>
                <h3 className="m-0 text-base">{title}</h3>
                <p className="m-0 mt-2 text-sm text-muted">{text}</p>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
