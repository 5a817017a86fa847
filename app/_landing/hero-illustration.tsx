import { CircleCheck, LockKeyhole } from 'lucide-react';

// Two partners' weekly ratings of one behavior, as bar heights (percent): each partner on their own.
const WEEKS = [
  [30, 38],
  [42, 35],
  [48, 52],
  [55, 50],
  [64, 61],
  [72, 70],
];
// How far each of the nine behaviors has come this month, as the squares' shades.
const NINE = [3, 2, 3, 1, 3, 2, 2, 1, 0];
const SHADES = ['bg-accent-100', 'bg-brand-200', 'bg-brand-500', 'bg-brand-700'];

/** A sketch of Ninefold at work, drawn with shapes: decoration only, hidden from screen readers. */
export function HeroIllustration() {
  return (
    <div aria-hidden className="relative mx-auto w-full max-w-md select-none lg:max-w-lg">
      <div className="absolute -top-8 -right-6 size-44 rounded-full bg-accent-100/80 blur-2xl" />
      <div className="absolute -bottom-10 -left-8 size-52 rounded-full bg-brand-200/70 blur-2xl" />
      <div className="relative rounded-xl border border-line bg-surface p-5 shadow-raised sm:p-6">
        <div className="flex items-center justify-between gap-3">
          <div>
            <p className="m-0 text-xs font-semibold tracking-wide text-muted uppercase">This week</p>
            <p className="m-0 mt-0.5 font-semibold text-ink">Alex &amp; Sam</p>
          </div>
          <div className="flex -space-x-2">
            <span className="flex size-9 items-center justify-center rounded-full bg-partner-a text-sm font-semibold text-white ring-2 ring-surface">
              A
            </span>
            <span className="flex size-9 items-center justify-center rounded-full bg-partner-b text-sm font-semibold text-white ring-2 ring-surface">
              S
            </span>
          </div>
        </div>

        <div className="mt-5 grid grid-cols-[auto_1fr] items-center gap-5">
          <div className="grid grid-cols-3 gap-1.5">
            {NINE.map((shade, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed drawing
              <span key={i} className={`size-6 rounded-md sm:size-7 ${SHADES[shade]}`} />
            ))}
          </div>
          <div>
            <p className="m-0 text-sm font-semibold text-ink">Feeling heard</p>
            <p className="m-0 text-xs text-muted">Each partner&apos;s rating, last 6 weeks</p>
            <div className="mt-3 flex h-20 items-end gap-2 border-b border-line">
              {WEEKS.map(([a, b], week) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed drawing
                <div key={week} className="flex h-full flex-1 items-end gap-0.5">
                  <span className="flex-1 rounded-t-sm bg-partner-a" style={{ height: `${a}%` }} />
                  <span className="flex-1 rounded-t-sm bg-partner-b/80" style={{ height: `${b}%` }} />
                </div>
              ))}
            </div>
          </div>
        </div>

        <div className="mt-5 flex flex-col gap-2">
          {[
            { title: 'Notice one kind thing a day', done: true },
            { title: 'Ten minutes of listening, no fixing', done: true },
            { title: 'Keep one small promise', done: false },
          ].map((task) => (
            <div
              key={task.title}
              className="flex items-center gap-3 rounded-md border border-line bg-paper/60 px-3 py-2 text-sm"
            >
              <span
                className={`flex size-5 shrink-0 items-center justify-center rounded-full ${task.done ? 'bg-success-700 text-white' : 'border-2 border-line-strong'}`}
              >
                {task.done ? <CircleCheck className="size-5" /> : null}
              </span>
              <span className={task.done ? 'text-muted line-through decoration-line-strong' : 'text-ink'}>
                {task.title}
              </span>
            </div>
          ))}
        </div>
      </div>

      <div className="absolute -top-4 left-5 flex items-center gap-1.5 rounded-full border border-line bg-surface px-3 py-1.5 text-xs font-semibold text-brand-800 shadow-card">
        <LockKeyhole className="size-3.5" />
        Private to each partner
      </div>
    </div>
  );
}
