import * as device from '../device';
import type { Get, StoreContext } from './store';

export type ImageActions = {
  /**
   * A shown notification's image failed to load: the rule of the device profile on show (or
   * `platform`, if given) decides whether the notification goes too; the device log names the
   * image. [S19, S57]
   */
  imageFailed(owner: device.ImageOwner, src: string, platform?: device.ImageFailureRule): void;
};

export const imageActions = (get: Get, context: StoreContext): ImageActions => ({
  imageFailed(owner, src, platform = device.imageRuleOf(get().display.profile)) {
    const failed = device.imageFailed(get().device, owner, src, platform, context.now());
    if (failed.state === get().device) return;
    // A withdrawn notification was shown, then taken back: its event gives the entry that fate.
    context.commit({ device: failed.state, events: failed.events });
  },
});
