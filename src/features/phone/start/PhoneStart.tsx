import { WP7_ARROW, type StartLayout } from '../../../renderers';
import { PackageDropNotice } from '../tiles/PackageDropNotice';
import { useDisplay } from '../tiles/use-display';
import { StartTileOf } from './StartTileOf';
import { tileGrid } from './tile-grid';
import { useStartTiles } from './use-start-tiles';

/**
 * A Windows Phone Start screen: tiles in a grid of small-tile cells (two medium columns), one
 * tile per installed app in install order, then secondary tiles. Windows Phone 7 has medium
 * and wide tiles only, and the arrow to the app list at its right.
 */
export function PhoneStart({ layout }: { layout: StartLayout }) {
  const { background, foreground, paused } = useDisplay();
  const entries = useStartTiles();
  const wp7 = layout.kind === 'wp7';
  return (
    <div className="flex items-start" style={{ backgroundColor: background, minHeight: '100%' }}>
      <ul
        aria-label="Start screen"
        data-start={layout.kind}
        data-motion={paused ? 'paused' : 'running'}
        className="grid content-start"
        style={{
          ...tileGrid(layout),
          padding: layout.padding,
          paddingRight: wp7 ? 0 : layout.padding,
        }}
      >
        {entries.map((entry) => (
          <StartTileOf key={entry.key} entry={entry} layout={layout} />
        ))}
        <PackageDropNotice />
      </ul>
      {wp7 && (
        <span
          role="img"
          aria-label="App list arrow"
          className="mt-[12px] ml-auto grid place-items-center rounded-full border-2 text-sm"
          style={{
            width: WP7_ARROW - 2,
            height: WP7_ARROW - 2,
            marginRight: 2,
            color: foreground,
            borderColor: foreground,
          }}
        >
          →
        </span>
      )}
    </div>
  );
}
