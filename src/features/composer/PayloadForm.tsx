import { useId } from 'react';
import { readFields, writeField, type Field } from './fields';

const input = 'w-full rounded border border-neutral-700 bg-neutral-950 px-2 py-1 text-sm';

function FieldInput({ field, onChange }: { field: Field; onChange: (value: string) => void }) {
  const id = useId();
  const colour = /Color$/.test(field.label);
  return (
    <>
      <label htmlFor={id} className="text-sm text-neutral-400">
        {field.label}
      </label>
      <input
        id={id}
        className={input}
        value={field.value}
        inputMode={field.label === 'Count' ? 'numeric' : undefined}
        style={colour ? { borderLeft: `12px solid #${field.value.slice(-6)}` } : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

/** The form view: one input per text, image, count, colour, launch/Param, audio and action. */
export function PayloadForm({
  xml,
  wellFormed,
  onChange,
}: {
  xml: string;
  wellFormed: boolean;
  onChange: (xml: string) => void;
}) {
  if (!wellFormed)
    return (
      <p className="text-xs text-amber-400">
        The form follows the XML again once it is well-formed; your text is kept as typed.
      </p>
    );
  const fields = readFields(xml);
  return (
    <fieldset
      aria-label="Payload fields"
      className="grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1"
    >
      {fields.map((field, i) => (
        <FieldInput
          key={`${i}-${field.label}`}
          field={field}
          onChange={(v) => onChange(writeField(xml, field, v))}
        />
      ))}
    </fieldset>
  );
}
