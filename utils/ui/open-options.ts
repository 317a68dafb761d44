import { messenger } from '../messaging/messenger';

/**
 * Opens the options page through the background: Firefox refuses `runtime.openOptionsPage()` from an
 * extension frame inside a web page (the sidebar), so every view asks the background the same way.
 */
export function openOptions(): void {
  void messenger.sendMessage('openOptions', undefined).catch(() => undefined);
}
