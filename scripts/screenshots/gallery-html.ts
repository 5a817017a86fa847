// The gallery page: a section per page, a row per person who opens it, both widths side by side,
// with the page's title, its URL and what the checks found. Failed pages are marked, listed at
// the top, and can be shown alone.
import type { Shot } from './shoot-pages';

const html = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

type Row = { role: string; url: string; shots: Shot[] };
type Section = { label: string; rows: Row[] };

function sectionsOf(shots: Shot[]): Section[] {
  const sections = new Map<string, Section>();
  for (const shot of shots) {
    const { label, role, url } = shot.visit;
    const section = sections.get(label) ?? { label, rows: [] };
    sections.set(label, section);
    const row = section.rows.find((r) => r.role === role) ?? { role, url, shots: [] };
    if (!section.rows.includes(row)) section.rows.push(row);
    row.shots.push(shot);
  }
  return [...sections.values()];
}

const failed = (shots: Shot[]) => shots.some((s) => s.problems.length > 0);
const anchor = (label: string) => label.replace(/[^a-z0-9]+/gi, '-');

function figure(shot: Shot): string {
  const caption = `${shot.width} px · ${shot.status ?? 'no answer'}${shot.title ? ` · ${html(shot.title)}` : ''}`;
  const note = shot.visit.refused
    ? '<p class="note">Not open to counselors: they get "not found", by design.</p>'
    : shot.redirectedTo
      ? `<p class="note">Sends this person to <code>${html(shot.redirectedTo)}</code>.</p>`
      : '';
  const image = shot.image
    ? `<a href="${shot.image}"><img loading="lazy" src="${shot.image}" alt="${html(shot.visit.label)} at ${shot.width} px"></a>`
    : '';
  const problems = shot.problems.length
    ? `<ul class="problems">${shot.problems.map((p) => `<li>${html(p)}</li>`).join('')}</ul>`
    : '';
  const consoleErrors = shot.consoleErrors.length
    ? `<details><summary>${shot.consoleErrors.length} console error(s)</summary><ul>${shot.consoleErrors
        .map((e) => `<li><code>${html(e)}</code></li>`)
        .join('')}</ul></details>`
    : '';
  return `<figure class="w${shot.width}"><figcaption>${caption}</figcaption>${problems}${consoleErrors}${note}${image}</figure>`;
}

function section({ label, rows }: Section): string {
  const all = rows.flatMap((r) => r.shots);
  return `<section id="${anchor(label)}" class="${failed(all) ? 'failed' : 'ok'}">
<h2>${failed(all) ? '<span class="mark bad">Failed</span>' : '<span class="mark good">OK</span>'} ${html(label)}</h2>
${rows
  .map(
    (
      row,
    ) => `<div class="row"><p class="who">As <b>${row.role}</b> · <a href="${html(row.url)}"><code>${html(row.url)}</code></a></p>
<div class="widths">${row.shots.map(figure).join('')}</div></div>`,
  )
  .join('\n')}
</section>`;
}

export function galleryHtml(
  shots: Shot[],
  meta: { baseURL: string; startedAt: Date; notes: string[] },
): string {
  const sections = sectionsOf(shots);
  const failing = sections.filter((s) => failed(s.rows.flatMap((r) => r.shots)));
  const toc = sections
    .map(
      (s) =>
        `<li class="${failing.includes(s) ? 'bad' : 'good'}"><a href="#${anchor(s.label)}">${html(s.label)}</a></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ninefold screens (${sections.length} pages, ${failing.length} failed)</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:0;padding:1rem 2rem;background:#f4f4f2;color:#222}
h1{margin:.2rem 0}code{font-size:12px}
.toc{columns:3;padding-left:1.2rem}.toc .bad a{color:#b00020;font-weight:600}
section{background:#fff;border-radius:8px;padding:1rem;margin:1.5rem 0;border-left:6px solid #2e7d32}
section.failed{border-left-color:#b00020}
.mark{font-size:12px;padding:2px 8px;border-radius:10px;color:#fff;vertical-align:middle}
.mark.bad{background:#b00020}.mark.good{background:#2e7d32}
.widths{display:flex;gap:1.5rem;align-items:flex-start}
figure{margin:0}figure.w1280{flex:0 0 62%}figure.w390{flex:0 0 24%}
figure img{width:100%;border:1px solid #ccc;display:block}
figcaption{color:#555;margin-bottom:.3rem}.who{margin:.4rem 0}
.problems{color:#b00020;margin:.2rem 0 .5rem;padding-left:1.2rem}.note{color:#555;font-style:italic}
#only-failed:checked ~ main section.ok{display:none}
</style></head><body>
<h1>Ninefold, every page at 1280 and 390 px</h1>
<p>${sections.length} pages, <b>${failing.length} failed</b> (an error answer, sideways scrolling, overlapping header
controls, or Quick exit out of reach). Taken ${meta.startedAt.toISOString()} from ${html(meta.baseURL)} by
<code>npm run screenshots</code>.</p>
${meta.notes.length ? `<ul class="problems">${meta.notes.map((n) => `<li>${html(n)}</li>`).join('')}</ul>` : ''}
<input type="checkbox" id="only-failed"> <label for="only-failed">Show failed pages only</label>
<main>
<ul class="toc">${toc}</ul>
${sections.map(section).join('\n')}
</main></body></html>
`;
}
