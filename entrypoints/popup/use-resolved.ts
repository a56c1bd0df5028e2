import { useEffect, useState } from 'preact/hooks';

/** A promise's outcome as state: undefined while pending, then its value or error. */
export interface Resolved<T> {
  value?: T;
  error?: unknown;
}

/** Follows a promise (and its replacement), so each popup section draws as soon as its data arrives. */
export function useResolved<T>(promise: Promise<T>): Resolved<T> {
  const [state, setState] = useState<{ promise: Promise<T>; result: Resolved<T> }>({ promise, result: {} });
  useEffect(() => {
    let current = true;
    promise.then(
      (value) => current && setState({ promise, result: { value } }),
      (error: unknown) => current && setState({ promise, result: { error } }),
    );
    return () => {
      current = false;
    };
  }, [promise]);
  // A replaced promise shows as pending at once, never the previous promise's value.
  return state.promise === promise ? state.result : {};
}
