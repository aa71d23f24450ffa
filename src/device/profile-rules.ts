import type { ImageFailureRule } from './image-failure';

/**
 * What a device profile changes in the phone's behaviour, as a table (how it looks — pixels,
 * type ramp, toast style — is the renderers' data in renderers/profiles.ts, by the same ids).
 * A failing image: Windows 8/8.1 and Windows Phone 8.1 drop the notification [S19, SPEC §2.8];
 * Windows 10 leaves out only the image [S57]. Windows Phone 7.5/8 follow the phone shell.
 */
export const profileRules: Readonly<Record<string, { imageFailure: ImageFailureRule }>> = {
  wp75: { imageFailure: 'dropNotification' },
  wp8: { imageFailure: 'dropNotification' },
  wp81: { imageFailure: 'dropNotification' },
  win81: { imageFailure: 'dropNotification' },
  win10mobile: { imageFailure: 'dropImage' },
  win10desktop: { imageFailure: 'dropImage' },
};

/** The image rule of a profile id; an unknown id gets the default profile's (Windows 10). */
export const imageRuleOf = (profileId: string): ImageFailureRule =>
  profileRules[profileId]?.imageFailure ?? 'dropImage';
