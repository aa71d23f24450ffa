import { summary } from '../src/fidelity/score';

export type Row = { id: string; reference: string; score: number; files: Record<string, string> };

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

const pct = (score: number) => `${(score * 100).toFixed(1)} %`;

/** The report: summary, worst five, then every render as reference | Tilecast | difference. */
export function reportHtml(rows: Row[], unmapped: string[], folder: string): string {
  const { mean, worst } = summary(rows);
  const row = (r: Row) => `<tr id="${esc(r.id)}">
  <th scope="row">${esc(r.id)}<br><small>${esc(r.reference)}</small><br><b>${pct(r.score)}</b></th>
  <td><img src="${r.files.reference}" alt="reference"></td>
  <td><img src="${r.files.ours}" alt="Tilecast"></td>
  <td><img src="${r.files.referenceMask}" alt="reference blocks"></td>
  <td><img src="${r.files.oursMask}" alt="Tilecast blocks"></td>
  <td><img src="${r.files.difference}" alt="difference"></td>
</tr>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Tilecast fidelity: ${pct(mean)}</title>
<style>
body{font:14px system-ui,sans-serif;margin:24px;background:#fafafa;color:#111}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:6px;vertical-align:top;text-align:left}
th{max-width:16em;font-weight:normal}img{display:block;max-width:320px}
.legend span{display:inline-block;width:1em;height:1em;vertical-align:middle}
</style></head><body>
<h1>Tilecast versus Microsoft's reference pictures</h1>
<p>Mean layout score <b>${pct(mean)}</b> over ${rows.length} renders (pictures from ${esc(folder)}).
The score compares <em>block masks</em>: what differs from the tile's background, blurred so a
line of text becomes a bar. Fonts differ (Tilecast ships an open font, not Segoe), so the score
weighs where blocks sit, not the letters.</p>
<p class="legend">Difference: <span style="background:#e62828"></span> a block only in the
reference (missing in Tilecast) · <span style="background:#2878ff"></span> a block only in
Tilecast (extra).</p>
<h2>Worst five</h2>
<ol>${worst.map((r) => `<li><a href="#${esc(r.id)}">${esc(r.id)}</a>: ${pct(r.score)}</li>`).join('')}</ol>
${unmapped.length ? `<p>Pictures with no mapping: ${unmapped.map(esc).join(', ')}</p>` : ''}
<table><thead><tr><th>Template</th><th>Reference</th><th>Tilecast</th><th>Reference blocks</th>
<th>Tilecast blocks</th><th>Difference</th></tr></thead><tbody>
${rows.map(row).join('\n')}
</tbody></table></body></html>`;
}
