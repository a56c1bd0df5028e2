import { useEffect } from 'preact/hooks';

/** Names of the performance marks set once the streak and the reflections are on screen. */
export const POPUP_MARKS = { streak: 'popup-streak-shown', reflections: 'popup-reflections-shown' } as const;

/**
 * Marks (once) the moment `ready` first holds, after the browser painted it, so the
 * benchmark can time "streak and reflections shown" with years of data against none.
 */
export function useShownMark(name: string, ready: boolean): void {
  useEffect(() => {
    if (ready && performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  }, [name, ready]);
}
