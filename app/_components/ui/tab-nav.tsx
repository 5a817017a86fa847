import Link from 'next/link';
import { cn } from './cn';
import { listClass, tabClass } from './tab-styles';

/**
 * Tabs that are pages of one record: links, the current one marked for screen readers. On a
 * phone the row scrolls sideways, with a shadow at the edge where more tabs are.
 */
export function TabNav({
  label,
  items,
  current,
}: {
  label: string;
  items: { href: string; label: string; key: string; count?: number }[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="mb-6">
      {/* On the page's own background: the scroll shadows' covers are painted in its colour. */}
      <ul className={cn(listClass, 'scroll-shadow-x m-0 list-none p-0')}>
        {items.map((item) => (
          <li key={item.key} className="shrink-0">
            <Link
              href={item.href}
              className={tabClass}
              aria-current={item.key === current ? 'page' : undefined}
            >
              {item.label}
              {item.count ? (
                <span className="rounded-full bg-brand-50 px-2 text-xs text-brand-800">{item.count}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
