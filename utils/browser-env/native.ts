/**
 * The browser's own extension API, without webextension-polyfill, for the content script
 * that must stay under 5 KB. MV3 APIs return promises natively in Chrome and Firefox;
 * Firefox names the namespace `browser`, Chrome `chrome` (chosen at build time).
 */

/** storage.onChanged's change record. */
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** The few extension APIs the content script uses. */
export interface NativeApi {
  runtime: {
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
  };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: (changes: StorageChanges, area: string) => void): void };
  };
}

/** The native extension namespace of the browser this build targets. */
export function nativeApi(): NativeApi {
  const scope = globalThis as { browser?: NativeApi; chrome?: NativeApi };
  const api = import.meta.env.BROWSER === 'firefox' ? scope.browser : (scope.chrome ?? scope.browser);
  return api as NativeApi;
}
