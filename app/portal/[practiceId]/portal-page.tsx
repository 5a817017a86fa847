import type { ReactNode } from 'react';
import { Page } from '@/app/_components/ui/page';

/** Every portal page's main landmark: one centred column, the header's width. */
export function PortalPage({ children }: { children: ReactNode }) {
  return <Page className="max-w-2xl space-y-6 sm:px-4">{children}</Page>;
}
