import { messenger } from '../../utils/messaging/messenger';
import type { Settings } from '../../utils/messaging/protocol';
import { useLive } from './use-live';

/** My profile and preferences, kept live across every open extension page. undefined while loading. */
export function useSettings(): Settings | undefined {
  return useLive(() => messenger.sendMessage('getSettings', undefined), 'settingsChanged');
}
