import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { Toaster } from './_components/ui/toast';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Ninefold', template: '%s · Ninefold' },
  description: 'Practice platform for couples counseling.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#2a5a5f' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, which the per-request CSP nonce needs.
  await headers();
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <a
          href="#main"
          className="absolute -left-[9999px] z-50 rounded-md bg-surface px-4 py-2 font-semibold shadow-raised focus:top-4 focus:left-4"
        >
          Skip to content
        </a>
        {children}
        <Toaster />
      </body>
    </html>
  );
}
