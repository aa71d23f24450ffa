import '@fontsource-variable/open-sans/wght.css';
import '../index.css';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { profileOf, ToastView, WnsTileView, WpTileView } from '../renderers';
import type { FidelityApi } from './api';
import type { Crop, FidelityCase } from './cases';
import { compareLayouts, type Picture } from './score';

// The page `npm run fidelity` drives (fidelity/harness.html, dev server only, never built):
// it draws one case with the phone's own renderers, and compares a screenshot of it with the
// reference picture. Pictures are decoded by the browser, so the tool needs no image codecs.

const COLOUR = '#1BA1E2';

/** The subject as the phone shows it: the toast in the box the phone's banner gives it. */
function Subject({ c }: { c: FidelityCase }) {
  const profile = profileOf(c.profile);
  const s = c.subject;
  if (s.kind === 'toast') {
    // As the phone's banner places it: Windows 8 toasts size themselves (364 px).
    const width = { 'wp-banner': 340, 'win8-toast': undefined }[profile.toast as string] ?? 300;
    return (
      <div style={{ width }} className="w-max" data-subject>
        <ToastView toast={s.toast} appName="Contoso" colour={COLOUR} profile={profile} />
      </div>
    );
  }
  if (s.kind === 'mpnsTile')
    return (
      <div data-subject data-face={c.face} data-motion="paused" className="w-max">
        <WpTileView
          tile={{ template: s.template, properties: s.properties }}
          size={s.size}
          appName="Contoso"
          colour={COLOUR}
          profile={profile}
        />
      </div>
    );
  return (
    <div data-subject data-face={c.face} data-motion="paused" className="w-max">
      <WnsTileView
        content={s.binding}
        size={s.binding.size}
        appName="Contoso"
        colour={COLOUR}
        badge={s.badge}
        profile={profile}
      />
    </div>
  );
}

const root = createRoot(document.getElementById('root')!);

const load = (url: string) =>
  new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`cannot decode ${url.slice(0, 40)}…`));
    img.src = url;
  });

function draw(img: HTMLImageElement, crop: Crop, width: number, height: number): Picture {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, crop[0], crop[1], crop[2], crop[3], 0, 0, width, height);
  return { width, height, data: ctx.getImageData(0, 0, width, height).data };
}

async function dataUrl(p: Picture): Promise<string> {
  const canvas = new OffscreenCanvas(p.width, p.height);
  canvas
    .getContext('2d')!
    .putImageData(new ImageData(new Uint8ClampedArray(p.data), p.width, p.height), 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsDataURL(blob);
  });
}

const api: FidelityApi = {
  /** Draws the case; resolves when its images and fonts are ready. */
  async show(c: FidelityCase) {
    flushSync(() => root.render(<Subject key={c.id} c={c} />));
    await document.fonts.ready;
    await Promise.all(
      [...document.querySelectorAll('img')].map((i) =>
        i.complete ? undefined : new Promise((r) => i.addEventListener('load', r, { once: true })),
      ),
    );
  },
  /** Reference crop versus our screenshot (scaled to the crop): score and pictures. */
  async compare(reference: string, crop: Crop, ours: string) {
    const [w, h] = [crop[2], crop[3]];
    const ref = draw(await load(reference), crop, w, h);
    const oursImg = await load(ours);
    const mine = draw(oursImg, [0, 0, oursImg.naturalWidth, oursImg.naturalHeight], w, h);
    const c = compareLayouts(ref, mine);
    return {
      score: c.score,
      reference: await dataUrl(ref),
      ours: await dataUrl(mine),
      referenceMask: await dataUrl(c.reference),
      oursMask: await dataUrl(c.ours),
      difference: await dataUrl(c.difference),
    };
  },
};

(window as unknown as { fidelity: FidelityApi }).fidelity = api;
