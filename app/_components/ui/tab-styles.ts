// The look both kinds of tabs share: in-page tabs (tabs.tsx) and tabs that are pages (tab-nav.tsx).
export const listClass = 'flex gap-1 overflow-x-auto border-b border-line [scrollbar-width:none]';
export const tabClass =
  '-mb-px inline-flex min-h-11 shrink-0 cursor-pointer items-center gap-2 whitespace-nowrap border-b-2 border-transparent px-3 text-sm font-semibold text-muted no-underline hover:text-ink data-[state=active]:border-brand-700 data-[state=active]:text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800';
