// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { AutoBackupPanel } from '../../components/options/data/AutoBackupPanel';
import { DEFAULT_AUTO_BACKUP, type AutoBackupSettings } from '../../utils/schemas/settings';
import type { AutoBackupStatus } from '../../utils/backup-schedule/status-schema';
import { answer, broadcast, mount, requests, resetBackground } from '../support/fake-background';

vi.mock('../../utils/messaging/messenger', async () => (await import('../support/fake-background')).messengerModule);
vi.mock('../../utils/messaging/broadcasts', async () => (await import('../support/fake-background')).broadcastsModule);
// Firefox's case: no folder to write to (the folder is not what these tests are about).
vi.mock('../../components/options/data/use-backup-folder', () => ({
  useBackupFolder: () => ({ supported: false, folder: null, permission: null, pick: vi.fn(), grant: vi.fn(), forget: vi.fn() }),
}));

const statusWith = (settings: AutoBackupSettings): AutoBackupStatus => ({
  settings,
  lastAt: null,
  nextAt: null,
  copies: [],
  folder: null,
  lastError: null,
});
const saved = (n: number) => (requests('setAutoBackup')[n]!.data as { settings: AutoBackupSettings }).settings;

let page: Awaited<ReturnType<typeof mount>>;
beforeEach(async () => {
  resetBackground();
  page = await mount(AutoBackupPanel);
  await answer('getAutoBackupStatus', 0, statusWith(DEFAULT_AUTO_BACKUP));
});
afterEach(() => page.unmount());

const enabledBox = () => page.container.querySelector<HTMLInputElement>('[data-testid="auto-backup-enabled"]')!;
const intervalSelect = () => page.container.querySelector<HTMLSelectElement>('[data-testid="auto-backup-interval"]')!;

describe('the automatic-backup panel', () => {
  it('a status read answering late with an earlier save does not undo the later one', async () => {
    await act(async () => enabledBox().click());
    expect(saved(0)).toMatchObject({ enabled: true, interval: 'weekly' });
    await broadcast('autoBackupChanged'); // the first save's broadcast: a read on its way
    await answer('setAutoBackup', 0, statusWith(saved(0)));
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(intervalSelect(), 'daily');
      intervalSelect().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(saved(1)).toMatchObject({ enabled: true, interval: 'daily' });
    await answer('setAutoBackup', 1, statusWith(saved(1)));
    await answer('getAutoBackupStatus', 1, statusWith(saved(0))); // read before the second save landed
    expect(intervalSelect().value).toBe('daily');
    expect(enabledBox().checked).toBe(true);
  });

  it('a schedule changed elsewhere (a restore) is shown', async () => {
    await broadcast('autoBackupChanged');
    await answer('getAutoBackupStatus', 1, statusWith({ enabled: true, interval: 'monthly', keep: 3 }));
    expect(intervalSelect().value).toBe('monthly');
    expect(enabledBox().checked).toBe(true);
  });
});
