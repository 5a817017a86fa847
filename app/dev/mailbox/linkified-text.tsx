const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its addresses turned into links, so a reader can follow them. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <pre className="whitespace-pre-wrap rounded-md border border-line bg-surface p-4 [overflow-wrap:anywhere]">
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
