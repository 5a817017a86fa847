import type { ReactNode } from 'react';
import { CenteredLayout } from '../_components/centered-layout';

export default function UnsubscribeLayout({ children }: { children: ReactNode }) {
  return <CenteredLayout>{children}</CenteredLayout>;
}
