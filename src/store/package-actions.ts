import * as device from '../device';
import type { Get, Set } from './store';

/** One image in an app's package: what the phone resolves `ms-appx:///<name>` to. */
export type PackageFile = device.PackageImage & {
  blob: Blob;
  /** An object URL for the blob, made on this page (never stored). */
  url: string;
};

/**
 * Images designers added to each app's package, by app name (so they survive a reset and a
 * reinstall of the same app), and the last word on an add.
 */
export type PackageState = {
  packages: Record<string, PackageFile[]>;
  /** What the last add took (as `ms-appx:///` srcs) and refused (with reasons), for one app. */
  packageNotice: { app: string; added: string[]; refused: string[] } | null;
};

export const initialPackages = (): PackageState => ({ packages: {}, packageNotice: null });

/** Something with a name and bytes: a File from a drop or a file input. */
export type PackageUpload = { name: string; arrayBuffer(): Promise<ArrayBuffer> };

export type PackageActions = {
  /** Checks each file and adds the good ones to the app's package; says what was refused. */
  addPackageFiles(appId: string, files: readonly PackageUpload[]): Promise<void>;
  removePackageFile(appId: string, name: string): void;
  /** Restored from storage: object URLs are made afresh. */
  loadPackages(
    stored: Record<string, { name: string; type: string; size: number; blob: Blob }[]>,
  ): void;
  dismissPackageNotice(): void;
};

const makeFile = (image: device.PackageImage, blob: Blob): PackageFile => ({
  ...image,
  blob,
  url: URL.createObjectURL(blob),
});

export const packageActions = (set: Set, get: Get): PackageActions => ({
  async addPackageFiles(appId, files) {
    const app = get().device.apps[appId];
    if (!app) return;
    const checked = await Promise.all(
      files.map(async (f) => {
        const bytes = new Uint8Array(await f.arrayBuffer());
        return { check: device.checkPackageImage(f.name, bytes), bytes };
      }),
    );
    let kept = get().packages[app.name] ?? [];
    const added: string[] = [];
    const refused: string[] = [];
    for (const { check, bytes } of checked) {
      if (!check.ok) {
        refused.push(check.reason);
        continue;
      }
      const same = kept.find((f) => f.name.toLowerCase() === check.image.name.toLowerCase());
      if (same) URL.revokeObjectURL(same.url);
      const file = makeFile(check.image, new Blob([bytes], { type: check.image.type }));
      kept = [...kept.filter((f) => f !== same), file];
      added.push(`ms-appx:///${check.image.name}`);
    }
    set({
      packages: { ...get().packages, [app.name]: kept },
      packageNotice: { app: app.name, added, refused },
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

  loadPackages(stored) {
    const packages = Object.fromEntries(
      Object.entries(stored).map(([app, files]) => [
        app,
        files.map(({ name, type, size, blob }) => makeFile({ name, type, size }, blob)),
      ]),
    );
    set({ packages: { ...get().packages, ...packages } });
  },

  dismissPackageNotice() {
    set({ packageNotice: null });
  },
});
