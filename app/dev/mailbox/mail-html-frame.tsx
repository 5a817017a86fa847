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
      style={{ width: '100%', height: '32rem', border: '1px solid #d9d4cc', borderRadius: '0.5rem' }}
    />
  );
}
