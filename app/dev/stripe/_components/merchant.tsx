import { ArrowLeft } from 'lucide-react';
import { LogoMark } from '@/app/_components/ui/logo';

/** The seller's name at the top of a hosted page, with the way back when there is one. */
export function Merchant({ backHref, backLabel }: { backHref?: string | null; backLabel: string }) {
  const mark = (
    <>
      <LogoMark className="size-6" />
      <span className="font-semibold text-ink">Ninefold</span>
    </>
  );
  return backHref ? (
    <a
      href={backHref}
      className="group inline-flex min-h-11 items-center gap-2 rounded-md no-underline"
      aria-label={backLabel}
    >
      <ArrowLeft aria-hidden className="size-4 text-muted group-hover:text-ink" />
      {mark}
    </a>
  ) : (
    <span className="inline-flex min-h-11 items-center gap-2">{mark}</span>
  );
}
