import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { test } from '@playwright/test';
import type { FidelityApi } from '../src/fidelity/api';
import { casesFor, type FidelityCase } from '../src/fidelity/cases';
import { summary } from '../src/fidelity/score';
import { reportHtml, type Row } from './report-html';

// Driven by fidelity/run.mjs, which checks that the reference folder exists.
const reference = process.env.TILECAST_REFERENCE!;
const out = process.env.TILECAST_FIDELITY_OUT!;

/** Every picture under the folder, as paths relative to it. */
function pictures(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(png|jpe?g)$/i.test(f))
    .map((f) => relative(dir, join(dir, f)))
    .sort();
}

const mime = (f: string) => (extname(f).toLowerCase() === '.png' ? 'image/png' : 'image/jpeg');
/** The harness's API on the page (evaluated there: no closure over Node code). */
type Page = Window & { fidelity: FidelityApi };
const slug = (id: string) => id.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '');

test('fidelity report', async ({ page }) => {
  await page.goto('/fidelity/harness.html');
  await page.waitForFunction(() => 'fidelity' in window);
  mkdirSync(join(out, 'img'), { recursive: true });
  const rows: Row[] = [];
  const unmapped: string[] = [];
  for (const file of pictures(reference)) {
    const cases = casesFor(file);
    if (cases.length === 0) unmapped.push(file);
    const refUrl = `data:${mime(file)};base64,${readFileSync(join(reference, file)).toString('base64')}`;
    for (const c of cases) rows.push(await compareOne(c, refUrl));
  }
  const { mean, worst } = summary(rows);
  writeFileSync(join(out, 'index.html'), reportHtml(rows, unmapped, reference));
  writeFileSync(
    join(out, 'scores.json'),
    JSON.stringify({ mean, rows: rows.map(({ id, score }) => ({ id, score })) }, null, 1),
  );
  console.log(`\nFidelity: ${rows.length} renders, mean layout score ${mean.toFixed(3)}`);
  console.log('Worst five:');
  for (const r of worst) console.log(`  ${r.score.toFixed(3)}  ${r.id}`);
  console.log(`Report: ${join(out, 'index.html')}`);

  async function compareOne(c: FidelityCase, refUrl: string): Promise<Row> {
    await page.evaluate((x) => (window as unknown as Page).fidelity.show(x), c);
    const shot = await page.locator('[data-subject] > *').first().screenshot();
    const ours = `data:image/png;base64,${shot.toString('base64')}`;
    const r = await page.evaluate(
      ([u, crop, o]) => (window as unknown as Page).fidelity.compare(u, crop, o),
      [refUrl, c.crop, ours] as const,
    );
    const files: Record<string, string> = {};
    for (const k of ['reference', 'ours', 'referenceMask', 'oursMask', 'difference'] as const) {
      const name = `img/${slug(c.id)}-${k}.png`;
      writeFileSync(join(out, name), Buffer.from(r[k].split(',')[1]!, 'base64'));
      files[k] = name;
    }
    return { id: c.id, reference: c.reference, score: r.score, files };
  }
});
