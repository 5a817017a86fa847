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
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  };
}
