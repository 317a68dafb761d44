import { browser } from 'wxt/browser';
import { badgeText } from './plan';

/** The toolbar button API: `action` in MV3 (Chrome, Firefox MV3), `browserAction` in Firefox MV2. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** Shows how many follow-ups are due on the toolbar button (nothing when none). */
export async function showDueCount(count: number): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  await button.setBadgeText({ text: badgeText(count) });
  if (count > 0) await button.setBadgeBackgroundColor({ color: '#b3261e' });
}
