// Renders every message in the catalogue with its preview data into .data/email-preview/, as HTML
// and as the plain text that goes with it, plus an index page linking them. Works offline.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EMAILS, type EmailName } from '../emails/catalog';
import { renderEmail } from '../server/email/enqueue-email';

const outDir = resolve('.data/email-preview');

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

await mkdir(outDir, { recursive: true });
const rows: string[] = [];
for (const name of Object.keys(EMAILS) as EmailName[]) {
  const email = await renderEmail(name, EMAILS[name].preview as never);
  await writeFile(resolve(outDir, `${name}.html`), email.html);
  await writeFile(resolve(outDir, `${name}.txt`), `Subject: ${email.subject}\n\n${email.text}\n`);
  rows.push(
    `<li><a href="${name}.html">${escapeHtml(name)}</a> (<a href="${name}.txt">plain text</a>): ${escapeHtml(email.subject)}</li>`,
  );
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
