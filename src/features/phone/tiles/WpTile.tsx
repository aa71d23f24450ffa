import type { WpTileState } from '../../../store';
import {
  argb,
  backOf,
  countOf,
  cycleImages,
  frontOf,
  remoteImage,
  wideContent,
  type Face,
} from './layout';

/** A Windows Phone live tile (WP7, Flip, Cycle, Iconic): front, back when set, count, title. */
export function WpTile({
  tile,
  label,
  appName,
  color,
}: {
  tile: WpTileState;
  label: string;
  appName: string;
  color: string;
}) {
  const front = frontOf(tile, appName);
  const back = backOf(tile);
  const count = countOf(tile);
  const iconic = tile.template === 'IconicTile';
  const background = (iconic && argb(tile.properties.BackgroundColor)) || color;
  return (
    <li
      aria-label={label}
      data-template={tile.template}
      className="relative aspect-square overflow-hidden text-white"
      style={{ backgroundColor: background }}
    >
      <div aria-label="front" className={`absolute inset-0 ${back ? 'wp-tile-front' : ''}`}>
        <FaceView face={front} />
        {iconic && <IconicBody tile={tile} count={count} />}
        {tile.template === 'CycleTile' && cycleImages(tile).length > 0 && (
          <p className="absolute top-2 left-2 text-xs text-white/80">
            cycles {cycleImages(tile).length} images
          </p>
        )}
        {count && !iconic && (
          <span
            aria-label={`count ${count}`}
            className="absolute top-1 right-2 text-2xl font-light"
          >
            {count}
          </span>
        )}
      </div>
      {back && (
        <div
          aria-label="back"
          className="wp-tile-back absolute inset-0"
          style={{ backgroundColor: background }}
        >
          <FaceView face={back} />
        </div>
      )}
    </li>
  );
}

function FaceView({ face }: { face: Face }) {
  const src = remoteImage(face.image);
  return (
    <>
      {src && <img src={src} alt="" className="absolute inset-0 size-full object-cover" />}
      {face.image && !src && (
        <span className="absolute top-2 left-2 max-w-[70%] truncate text-[10px] text-white/60">
          {face.image}
        </span>
      )}
      {face.content && (
        <p className="absolute inset-x-2 top-2 line-clamp-4 text-sm leading-tight">
          {face.content}
        </p>
      )}
      {face.title && <span className="absolute bottom-2 left-2 text-sm">{face.title}</span>}
    </>
  );
}

function IconicBody({ tile, count }: { tile: WpTileState; count: string | null }) {
  const lines = wideContent(tile);
  return (
    <div className="absolute inset-x-2 top-6 flex items-center justify-center gap-2">
      <span aria-hidden="true" className="size-10 border-2 border-white/80" />
      {count && (
        <span aria-label={`count ${count}`} className="text-3xl font-light">
          {count}
        </span>
      )}
      {lines.length > 0 && <span className="sr-only">{lines.join(' · ')}</span>}
    </div>
  );
}
