import type { MetadataRoute } from 'next';

/** How Ninefold appears when added to a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Ninefold',
    short_name: 'Ninefold',
    description: 'The practice platform for couples counseling.',
    start_url: '/',
    display: 'standalone',
    background_color: '#f7f5f0',
    theme_color: '#2a5a5f',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      // The mark on a full square of its colour, so a launcher may crop it to any shape.
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
