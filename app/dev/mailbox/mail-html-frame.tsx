/**
 * A message's HTML as a mail client would show it, in a frame that may run nothing and reach
 * nothing (`sandbox=""`: no scripts, no forms, no navigation out). Its links are followed from the
 * plain text view.
 */
export function MailHtmlFrame({ html, subject }: { html: string; subject: string }) {
  return (
    <iframe
      sandbox=""
      srcDoc={html}
      title={`HTML version of “${subject}”`}
      className="h-[32rem] w-full rounded-md border border-line bg-surface"
    />
  );
}
