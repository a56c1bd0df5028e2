import { useEffect } from 'preact/hooks';

/** Names of the performance marks set once the streak and the reflections are on screen. */
export const POPUP_MARKS = { streak: 'popup-streak-shown', reflections: 'popup-reflections-shown' } as const;

/** Name of the mark set once the whole pause page (who and where, the choices) is on screen. */
export const PAUSE_SHOWN_MARK = 'pause-shown';

/**
 * Marks (once) the moment `ready` first holds, after the browser painted it, so the
 * benchmark can time what a person waits for: the popup's streak and reflections with years
 * of data against none, the whole pause page after its first paint.
 */
export function useShownMark(name: string, ready: boolean): void {
  useEffect(() => {
    if (ready && performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  }, [name, ready]);
}
