// Renders every message in the catalogue with its preview data into .data/email-preview/, as HTML
// and as the plain text that goes with it, plus an index page linking them; mail to clients in both
// versions (naming the practice, and discreet). Works offline.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EMAILS, type EmailName } from '../emails/catalog';
import { isClientEmail, renderEmail } from '../server/email/enqueue-email';

const outDir = resolve('.data/email-preview');

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

await mkdir(outDir, { recursive: true });
const rows: string[] = [];
for (const name of Object.keys(EMAILS) as EmailName[]) {
  const preview = EMAILS[name].preview as never;
  const versions = isClientEmail(name, preview) ? [false, true] : [false];
  for (const discreet of versions) {
    const email = await renderEmail(name, preview, { discreet });
    const file = discreet ? `${name}.discreet` : name;
    await writeFile(resolve(outDir, `${file}.html`), email.html);
    await writeFile(resolve(outDir, `${file}.txt`), `Subject: ${email.subject}\n\n${email.text}\n`);
    rows.push(
      `<li><a href="${file}.html">${escapeHtml(name)}${discreet ? ' (discreet)' : ''}</a> (<a href="${file}.txt">plain text</a>): ${escapeHtml(email.subject)}</li>`,
    );
  }
}
await writeFile(
  resolve(outDir, 'index.html'),
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ninefold email previews</title></head>
<body><h1>Ninefold email previews</h1><ul>
${rows.join('\n')}
</ul></body></html>
`,
);
console.log(`${rows.length} emails rendered: ${resolve(outDir, 'index.html')}`);
