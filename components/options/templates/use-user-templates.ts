import { messenger } from '../../../utils/messaging/messenger';
import type { OutreachTemplate } from '../../../utils/schemas/template';
import { useLive } from '../../common/use-live';

/** The templates the user wrote, oldest first, live across pages (saving one broadcasts settingsChanged). */
export function useUserTemplates(): OutreachTemplate[] | undefined {
  return useLive(
    async () => [...(await messenger.sendMessage('listTemplates', undefined))].sort((a, b) => a.createdAt - b.createdAt),
    'settingsChanged',
  );
}
