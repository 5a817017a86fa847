const STEPS = [
  {
    title: 'Create your practice',
    text: 'Name it, choose its time zone and confirm your email. You are its owner.',
  },
  {
    title: 'Invite your counselors',
    text: 'Each counselor joins by an emailed invitation; you decide who is an admin.',
  },
  {
    title: 'Welcome your couples',
    text: 'Add a couple and each partner is invited to a portal of their own.',
  },
];

export function HowItWorks() {
  return (
    <section
      aria-labelledby="how-title"
      className="border-y border-line bg-surface px-4 py-16 sm:px-6 lg:py-20"
    >
      <div className="mx-auto max-w-6xl">
        <h2 id="how-title" className="m-0 text-3xl tracking-tight">
          Up and running in an afternoon
        </h2>
        <ol className="m-0 mt-10 grid list-none gap-8 p-0 md:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step.title} className="flex gap-4">
              <span
                aria-hidden
                className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-50 font-bold text-accent-700 ring-1 ring-accent-100"
              >
                {index + 1}
              </span>
              <div>
                <h3 className="m-0 text-base">{step.title}</h3>
                <p className="m-0 mt-1 text-sm text-muted">{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
