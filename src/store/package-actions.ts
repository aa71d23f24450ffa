import * as device from '../device';
import type { Get, Set } from './store';
import { imageUrl, sanitizeSvg } from './svg-sanitize';

/** One image in an app's package: what the phone resolves `ms-appx:///<name>` to. */
export type PackageFile = device.PackageImage & {
  blob: Blob;
  /** Where the page shows it from, made on this page (never stored): see `imageUrl`. */
  url: string;
};

/**
 * Images designers added to each app's package, by app name (so they survive a reset and a
 * reinstall of the same app), and the last word on an add.
 */
export type PackageState = {
  packages: Record<string, PackageFile[]>;
  /**
   * What the last add took (as `ms-appx:///` srcs), refused (with reasons) and cleaned (SVGs
   * that lost script, links or other parts outside the static allowlist), for one app.
   */
  packageNotice: { app: string; added: string[]; refused: string[]; cleaned: string[] } | null;
};

export const initialPackages = (): PackageState => ({ packages: {}, packageNotice: null });

/** Something with a name and bytes: a File from a drop or a file input. */
export type PackageUpload = { name: string; arrayBuffer(): Promise<ArrayBuffer> };

export type PackageActions = {
  /** Checks each file and adds the good ones to the app's package; says what was refused. */
  addPackageFiles(appId: string, files: readonly PackageUpload[]): Promise<void>;
  removePackageFile(appId: string, name: string): void;
  /** Restored from storage: each file is checked again and its URL made afresh. */
  loadPackages(
    stored: Record<string, { name: string; type: string; size: number; blob: Blob }[]>,
  ): Promise<void>;
  dismissPackageNotice(): void;
};

const makeFile = (image: device.PackageImage, bytes: Uint8Array<ArrayBuffer>): PackageFile => ({
  ...image,
  blob: new Blob([bytes], { type: image.type }),
  url: imageUrl(image.type, bytes),
});

type Checked = { ok: true; file: PackageFile; removed: string[] } | { ok: false; reason: string };

/**
 * The package check, then, for SVG, the allowlist: only the rewritten bytes go on (into the
 * blob, storage and the URL); a file the allowlist cannot read is refused.
 */
function checkFile(name: string, bytes: Uint8Array<ArrayBuffer>): Checked {
  const check = device.checkPackageImage(name, bytes);
  if (!check.ok) return check;
  if (check.image.type !== 'image/svg+xml')
    return { ok: true, file: makeFile(check.image, bytes), removed: [] };
  const clean = sanitizeSvg(bytes);
  if (!clean.ok) return { ok: false, reason: `"${check.image.name}" ${clean.reason}` };
  const image = { ...check.image, size: clean.bytes.byteLength };
  return { ok: true, file: makeFile(image, clean.bytes), removed: clean.removed };
}

const listed = (names: string[]) =>
  names.length > 6
    ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more`
    : names.join(', ');

export const packageActions = (set: Set, get: Get): PackageActions => ({
  async addPackageFiles(appId, files) {
    const app = get().device.apps[appId];
    if (!app) return;
    const checked = await Promise.all(
      files.map(async (f) => checkFile(f.name, new Uint8Array(await f.arrayBuffer()))),
    );
    let kept = get().packages[app.name] ?? [];
    const added: string[] = [];
    const refused: string[] = [];
    const cleaned: string[] = [];
    for (const check of checked) {
      if (!check.ok) {
        refused.push(check.reason);
        continue;
      }
      const { file, removed } = check;
      const same = kept.find((f) => f.name.toLowerCase() === file.name.toLowerCase());
      if (same) URL.revokeObjectURL(same.url);
      kept = [...kept.filter((f) => f !== same), file];
      added.push(`ms-appx:///${file.name}`);
      if (removed.length)
        cleaned.push(`"${file.name}": removed ${listed(removed)}; only static SVG is kept`);
    }
    set({
      packages: { ...get().packages, [app.name]: kept },
      packageNotice: { app: app.name, added, refused, cleaned },
    });
  },

  removePackageFile(appId, name) {
    const app = get().device.apps[appId];
    const files = app && get().packages[app.name];
    const gone = files?.find((f) => f.name === name);
    if (!app || !files || !gone) return;
    URL.revokeObjectURL(gone.url);
    set({ packages: { ...get().packages, [app.name]: files.filter((f) => f !== gone) } });
  },

  async loadPackages(stored) {
    // Stored files are checked again: a file kept by an older, looser check is cleaned or left out.
    const packages = Object.fromEntries(
      await Promise.all(
        Object.entries(stored).map(async ([app, files]) => {
          const checked = await Promise.all(
            files.map(async (f) => checkFile(f.name, new Uint8Array(await f.blob.arrayBuffer()))),
          );
          return [app, checked.flatMap((c) => (c.ok ? [c.file] : []))] as const;
        }),
      ),
    );
    set({ packages: { ...get().packages, ...packages } });
  },

  dismissPackageNotice() {
    set({ packageNotice: null });
  },
});
