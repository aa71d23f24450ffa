import { accentColours, deviceProfiles } from '../../renderers';
import { actions, useTilecast } from '../../store/react';

/** Device profile, theme, accent and the global motion pause, beside the phone. */
export function DisplayControls() {
  const display = useTilecast((s) => s.display);
  const set = (patch: Parameters<ReturnType<typeof actions>['setDisplay']>[0]) =>
    actions().setDisplay(patch);
  return (
    <div role="group" aria-label="Display" className="flex flex-wrap items-center gap-2 text-xs">
      <label className="flex items-center gap-1">
        Device profile
        <select
          className="rounded bg-neutral-800 px-1 py-0.5"
          value={display.profile}
          onChange={(e) => set({ profile: e.target.value })}
        >
          {deviceProfiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1">
        Theme
        <select
          className="rounded bg-neutral-800 px-1 py-0.5"
          value={display.theme}
          onChange={(e) => set({ theme: e.target.value as typeof display.theme })}
        >
          <option value="dark">Dark</option>
          <option value="light">Light</option>
          <option value="highContrast">High contrast</option>
        </select>
      </label>
      <label className="flex items-center gap-1">
        Accent
        <select
          className="rounded bg-neutral-800 px-1 py-0.5"
          value={display.accent}
          onChange={(e) => set({ accent: e.target.value })}
        >
          {Object.keys(accentColours).map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        aria-pressed={display.motionPaused}
        className="rounded bg-neutral-800 px-2 py-0.5"
        onClick={() => set({ motionPaused: !display.motionPaused })}
      >
        {display.motionPaused ? 'Resume animations' : 'Pause animations'}
      </button>
    </div>
  );
}
