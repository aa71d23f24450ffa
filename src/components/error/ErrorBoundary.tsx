import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = {
  /** What this boundary guards, for people: "phone", "inspector", "Tilecast". */
  region: string;
  /** Clears what the page stored and resolves when done; the page reloads after it. */
  onResetStoredState: () => Promise<void>;
  children: ReactNode;
};

type State = { error: Error | null };

const button = 'rounded border border-neutral-600 px-2 py-1 text-sm hover:bg-neutral-800';

/**
 * If rendering throws below it, shows what happened and the ways out (try again, reload, and as
 * the last resort reset the stored state) instead of a blank page. React unmounts a tree whose
 * render throws, and only a class component can catch it (react.dev: "Catching rendering errors
 * with an Error Boundary").
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Tilecast: the ${this.props.region} could not be shown`, error, info);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { region, onResetStoredState } = this.props;
    return (
      <section
        role="alert"
        aria-label={`The ${region} failed`}
        className="flex flex-col gap-2 rounded border border-red-800 bg-red-950 p-3 text-sm"
      >
        <h2 className="font-semibold">The {region} could not be shown</h2>
        <p>
          Something in Tilecast&apos;s state made it fail: <code>{error.message}</code>
        </p>
        <p className="text-neutral-300">
          Try again, or reload the page. If it fails after every reload, the stored state is likely
          the cause: resetting it deletes the journal, apps, channels and package images this
          browser keeps for Tilecast, and starts clean.
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={button} onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" className={button} onClick={() => location.reload()}>
            Reload
          </button>
          <button
            type="button"
            className={`${button} border-red-700 text-red-200`}
            onClick={() => void onResetStoredState().finally(() => location.reload())}
          >
            Reset stored state
          </button>
        </div>
      </section>
    );
  }
}
