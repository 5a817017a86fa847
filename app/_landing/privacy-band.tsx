import { Building2, KeyRound, LockKeyhole, ScrollText } from 'lucide-react';

const POINTS = [
  { icon: LockKeyhole, text: 'Session notes and homework answers are encrypted when stored.' },
  { icon: Building2, text: 'Each practice is walled off from every other, down to the database.' },
  { icon: KeyRound, text: 'Two-factor sign-in for staff, and a practice can require it.' },
  { icon: ScrollText, text: 'An audit log of who changed what, and a full export of your practice’s data.' },
];

export function PrivacyBand() {
  return (
    <section aria-labelledby="privacy-title" className="bg-brand-900 px-4 py-16 text-white sm:px-6 lg:py-20">
      <div className="mx-auto grid max-w-6xl gap-10 lg:grid-cols-[1fr_1.4fr] lg:items-center">
        <div>
          <h2 id="privacy-title" className="m-0 text-3xl tracking-tight text-white">
            Private by design
          </h2>
          <p className="m-0 mt-3 text-lg text-brand-100">
            Couples share hard things. Ninefold treats what they write, and what you write about them, with
            the care it deserves.
          </p>
        </div>
        <ul className="m-0 grid list-none gap-4 p-0 sm:grid-cols-2">
          {POINTS.map(({ icon: Icon, text }) => (
            <li key={text} className="flex gap-3 rounded-lg bg-white/10 p-4 ring-1 ring-white/15">
              <Icon aria-hidden className="mt-0.5 size-5 shrink-0 text-accent-100" />
              <span className="text-sm text-white">{text}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
