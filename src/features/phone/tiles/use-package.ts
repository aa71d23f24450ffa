import { useMemo, useState, type DragEvent } from 'react';
import type { ImageContext } from '../../../renderers';
import { actions, useTilecast } from '../../../store/react';

/**
 * How an app's images resolve: `ms-appx:///` names the sample package, plus the images a designer
 * added to this app's package (lower-case file name → object URL).
 */
export function useImageContext(appName: string | undefined): ImageContext | undefined {
  const files = useTilecast((s) => (appName ? s.packages[appName] : undefined));
  return useMemo(
    () =>
      files?.length
        ? { packageFiles: Object.fromEntries(files.map((f) => [f.name.toLowerCase(), f.url])) }
        : undefined,
    [files],
  );
}

const carriesFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

/** Image files dropped on an app's tile go into its package. */
export function usePackageDrop(appId: string) {
  const [over, setOver] = useState(false);
  return {
    over,
    handlers: {
      onDragEnter: (e: DragEvent) => {
        if (carriesFiles(e)) setOver(true);
      },
      onDragOver: (e: DragEvent) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave: (e: DragEvent) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      },
      onDrop: (e: DragEvent) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setOver(false);
        void actions().addPackageFiles(appId, [...e.dataTransfer.files]);
      },
    },
  };
}
