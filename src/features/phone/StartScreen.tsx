import { startLayoutOf } from '../../renderers';
import { PhoneStart } from './start/PhoneStart';
import { Win10StartMenu } from './start/Win10StartMenu';
import { Win81Start } from './start/Win81Start';
import { useDisplay } from './tiles/use-display';

/**
 * The device profile's Start: a Windows Phone grid (WP7 with its arrow), Windows 8.1's
 * landscape Start screen of tile groups, or the Windows 10 Start menu with its tile panel.
 */
export function StartScreen() {
  const { profile } = useDisplay();
  const layout = startLayoutOf(profile);
  if (layout.kind === 'win81') return <Win81Start layout={layout} />;
  if (layout.kind === 'win10menu') return <Win10StartMenu layout={layout} />;
  return <PhoneStart layout={layout} />;
}
