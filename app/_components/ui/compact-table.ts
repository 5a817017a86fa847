/**
 * The look of a small read-only table (ratings, observations) whose rows are headed by a `th`:
 * put it on the <table>, and wrap the table in `overflow-x-auto` where it may be narrow.
 */
export const compactTable =
  'w-full border-collapse bg-transparent text-sm [&_caption]:mb-1 [&_caption]:text-left [&_caption]:font-semibold [&_td]:border-b [&_td]:border-line [&_td]:px-2 [&_td]:py-1.5 [&_td]:text-left [&_td]:align-top [&_th]:border-b [&_th]:border-line [&_th]:px-2 [&_th]:py-1.5 [&_th]:text-left [&_th]:align-top [&_thead_th]:text-xs [&_thead_th]:font-semibold [&_thead_th]:text-muted [&_tbody_th]:font-medium';
