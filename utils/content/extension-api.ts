/**
 * The browser's own promise-based API (`browser` in Firefox, `chrome` in Chromium MV3) for the two places that must
 * stay small: the content script (webextension-polyfill would take 10 kB of its 25 kB budget, issue 16) and the
 * sidebar's first paint (before the polyfill has loaded). Every other context keeps the polyfill. Typed to the few
 * calls those make.
 */
export interface ContentExtensionApi {
  runtime: {
    /** Undefined once the extension was reloaded, updated or removed under this page. */
    readonly id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: StorageChangeListener): void;
      removeListener(listener: StorageChangeListener): void;
    };
  };
}

export type StorageChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

export function extensionApi(): ContentExtensionApi {
  const scope = globalThis as { browser?: ContentExtensionApi; chrome?: ContentExtensionApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('No extension API in this context');
  return api;
}

/** False once the extension was reloaded, updated or removed: this copy of the script must stop. */
export function extensionAlive(api: ContentExtensionApi): boolean {
  try {
    return !!api.runtime?.id;
  } catch {
    return false;
  }
}
