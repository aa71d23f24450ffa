import { useContext, useState } from 'react';
import { isRemoteImage, RemoteImages } from './remote-images';
import { imageUrl, type ImageContext } from './text';
import type { ImageView } from './types';

/**
 * One notification image through the `src` rules. An image that cannot load (unknown scheme or
 * a failed request) is reported through `onFail`, which applies the platform's rule. [S19, S57]
 */
export function TileImage({
  image,
  context,
  className = '',
  onFail,
}: {
  image: ImageView | undefined;
  context?: ImageContext;
  className?: string;
  onFail?: (src: string) => void;
}) {
  const query = image?.addImageQuery;
  const url =
    image &&
    imageUrl(image.src, query === undefined ? context : { ...context, addImageQuery: query });
  const [failed, setFailed] = useState<string>();
  const remote = useContext(RemoteImages);
  // A failed image is left out (Windows 10); the caller may drop more through onFail. [S57]
  if (!image || (url && failed === url)) return null;
  const circle = image.crop === 'circle' ? 'rounded-full' : '';
  if (!url)
    return <span data-unloadable={image.src} className={`bg-white/20 ${className} ${circle}`} />;
  if (remote.blocked && isRemoteImage(url))
    return (
      <span
        role="img"
        aria-label={`Remote image not loaded: ${image.src}`}
        data-remote-blocked={image.src}
        className={`bg-[repeating-linear-gradient(45deg,#ffffff22_0_4px,#ffffff0d_4px_8px)] ${className} ${circle}`}
      />
    );
  return (
    <img
      src={url}
      alt={image.alt ?? ''}
      // A remote server learns nothing of the page that showed its image.
      referrerPolicy="no-referrer"
      draggable={false}
      className={`object-cover ${className} ${circle}`}
      onError={() => {
        setFailed(url);
        onFail?.(image.src);
      }}
    />
  );
}
