// How an outbox row goes out: the sender shown as the practice, and RFC 8058 one-click
// unsubscribe headers on every nudge its recipient can turn off.

/** `"Harbor Counseling" <nudges@…>`, with anything that could break the header removed. */
export function fromHeader(senderName: string, address: string): string {
  const name = senderName.replace(/[\r\n"\\<>]/g, '').trim() || 'Ninefold';
  return `"${name}" <${address}>`;
}

/** The landing page's link for people; the one-click POST endpoint for mail clients. */
export function unsubscribeHeaders(unsubscribeUrl: string | null): Record<string, string> {
  if (!unsubscribeUrl) return {};
  const oneClick = new URL(unsubscribeUrl);
  oneClick.pathname = '/api/unsubscribe';
  return {
    'List-Unsubscribe': `<${oneClick.toString()}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
