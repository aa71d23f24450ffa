import { useId } from 'react';
import { gallery, type GalleryItem } from './gallery';

const groups = [...new Set(gallery.map((g) => g.group))];

/** The gallery as one grouped list: every template with sample content. */
export function TemplatePicker({
  value,
  onPick,
}: {
  value: string;
  onPick: (item: GalleryItem) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="text-sm text-neutral-400">
        Template
      </label>
      <select
        id={id}
        className="w-full rounded border border-neutral-700 bg-neutral-950 px-2 py-1 text-sm"
        value={value}
        onChange={(e) => {
          const item = gallery.find((g) => g.id === e.target.value);
          if (item) onPick(item);
        }}
      >
        {!gallery.some((g) => g.id === value) && <option value={value}>(custom)</option>}
        {groups.map((group) => (
          <optgroup key={group} label={group}>
            {gallery
              .filter((g) => g.group === group)
              .map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </>
  );
}
