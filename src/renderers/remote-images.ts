import { createContext } from 'react';

/**
 * Whether images from other servers may load where these renderers draw. A preview of a payload
 * someone else wrote (a shared link) blocks them until the viewer agrees: loading one tells its
 * server that, and when, the link was opened.
 */
export const RemoteImages = createContext<{ blocked: boolean }>({ blocked: false });

/** An image `src` that would be fetched from another server. */
export const isRemoteImage = (url: string) => /^(?:https?:)?\/\//i.test(url);
