/**
 * The one step still to land: a relayed push's phone work, run after its answer has left
 * (push-actions.ts says why). It lands in a task of its own, or earlier, as soon as anything
 * the store wraps with `first` reads or writes: no reader ever sees the store without it.
 */
export function createLanding() {
  let pending: (() => void) | undefined;
  const settle = () => {
    const land = pending;
    if (!land) return;
    pending = undefined;
    try {
      land();
    } catch (error) {
      // A bug, not a verdict: the caller whose read landed it must not fail for it.
      console.error('Tilecast could not land a push', error);
    }
  };
  const nextTask = taskRunner(settle);
  return {
    /** Lands `land` later; a step still pending lands first, so steps keep their order. */
    later(land: () => void): void {
      settle();
      pending = land;
      nextTask();
    },
    /** `fn`, landing the pending step before it runs (overloads kept, as zustand's set() has). */
    first<F extends (...args: never[]) => unknown>(fn: F): F {
      return ((...args: Parameters<F>) => {
        settle();
        return fn(...args);
      }) as F;
    },
  };
}

/**
 * Posts `run` as a task of its own: a message, which a hidden tab runs at once, where it would
 * hold a timer back for a second or more. The channel is made on first use and does not keep
 * Node's event loop alive.
 */
function taskRunner(run: () => void): () => void {
  let port: MessagePort | undefined;
  return () => {
    if (!port) {
      const channel = new MessageChannel();
      channel.port1.onmessage = run;
      (channel.port1 as MessagePort & { unref?: () => void }).unref?.();
      port = channel.port2;
    }
    port.postMessage(null);
  };
}
