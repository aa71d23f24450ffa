import { profileOf, type DeviceProfile, type TileSize } from '../../renderers';
import { sizeVerdicts, type PayloadView, type SizeVerdict } from '../../renderers/sizes';
import type { GalleryItem } from './gallery';

// Which profile and size a gallery thumbnail shows: the platform the template was made for, at
// the template's own size (or the first size it can show there).

export type ThumbnailPlan =
  | { kind: 'tile'; profile: DeviceProfile; verdict: Extract<SizeVerdict, { supported: true }> }
  | { kind: 'toast'; profile: DeviceProfile }
  | { kind: 'text'; text: string };

const sizePreference: readonly TileSize[] = ['medium', 'wide', 'large', 'small'];

function profileFor(item: GalleryItem, payload: PayloadView): DeviceProfile {
  if (item.service === 'mpns') return profileOf('wp8');
  if (payload.kind === 'toast')
    return profileOf(payload.template === 'ToastGeneric' ? 'win10desktop' : 'win81');
  if (item.tags.includes('adaptive') || payload.kind === 'badge') return profileOf('win10desktop');
  return profileOf('win81');
}

export function thumbnailPlan(item: GalleryItem, payload: PayloadView | undefined): ThumbnailPlan {
  if (!payload) return { kind: 'text', text: 'does not parse' };
  if (payload.kind === 'raw') return { kind: 'text', text: `raw · ${payload.bytes.length} bytes` };
  const profile = profileFor(item, payload);
  if (payload.kind === 'toast') return { kind: 'toast', profile };
  const verdicts = sizeVerdicts(payload, profile).filter(
    (v): v is Extract<SizeVerdict, { supported: true }> => v.supported,
  );
  const own = item.tags.find((t): t is TileSize => (sizePreference as string[]).includes(t));
  const verdict =
    verdicts.find((v) => v.size === own) ??
    sizePreference.map((s) => verdicts.find((v) => v.size === s)).find(Boolean);
  return verdict ? { kind: 'tile', profile, verdict } : { kind: 'text', text: 'no size to show' };
}
