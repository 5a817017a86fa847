const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its addresses turned into links, so a reader can follow them. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <pre className="m-0 rounded-md border border-line bg-paper p-4 font-sans text-sm whitespace-pre-wrap [overflow-wrap:anywhere]">
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never reorder
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}
