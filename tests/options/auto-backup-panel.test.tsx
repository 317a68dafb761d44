// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AutoBackupPanel } from '../../components/options/data/AutoBackupPanel';
import { DEFAULT_AUTO_BACKUP, type AutoBackupSettings } from '../../utils/schemas/settings';
import type { AutoBackupStatus } from '../../utils/backup-schedule/status-schema';

// The background as the settings page sees it: each request waits until the test answers it.
const background = vi.hoisted(() => ({
  requests: [] as { name: string; data: unknown; resolve: (value: unknown) => void }[],
  listeners: [] as { name: string; listener: () => void }[],
}));
vi.mock('../../utils/messaging/messenger', () => ({
  messenger: {
    sendMessage: (name: string, data: unknown) => new Promise((resolve) => background.requests.push({ name, data, resolve })),
  },
}));
vi.mock('../../utils/messaging/broadcasts', () => ({
  subscribe: (name: string, listener: () => void) => {
    const entry = { name, listener };
    background.listeners.push(entry);
    return () => background.listeners.splice(background.listeners.indexOf(entry), 1);
  },
}));
// Firefox's case: no folder to write to (the folder is not what this test is about).
vi.mock('../../components/options/data/use-backup-folder', () => ({
  useBackupFolder: () => ({ supported: false, folder: null, permission: null, pick: vi.fn(), grant: vi.fn(), forget: vi.fn() }),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const statusWith = (settings: AutoBackupSettings): AutoBackupStatus => ({
  settings,
  lastAt: null,
  nextAt: null,
  copies: [],
  folder: null,
  lastError: null,
});
const pending = (name: string) => background.requests.filter((r) => r.name === name);
const answer = (name: string, n: number, value: unknown) => act(async () => pending(name)[n]!.resolve(value));
const saved = (n: number) => (pending('setAutoBackup')[n]!.data as { settings: AutoBackupSettings }).settings;
const changed = () => act(async () => background.listeners.filter((l) => l.name === 'autoBackupChanged').forEach((l) => l.listener()));

let root: Root;
let container: HTMLElement;
beforeEach(async () => {
  background.requests = [];
  background.listeners = [];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(createElement(AutoBackupPanel)));
  await answer('getAutoBackupStatus', 0, statusWith(DEFAULT_AUTO_BACKUP));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const enabledBox = () => container.querySelector<HTMLInputElement>('[data-testid="auto-backup-enabled"]')!;
const intervalSelect = () => container.querySelector<HTMLSelectElement>('[data-testid="auto-backup-interval"]')!;

describe('the automatic-backup panel', () => {
  it('a status read answering late with an earlier save does not undo the later one', async () => {
    await act(async () => enabledBox().click());
    expect(saved(0)).toMatchObject({ enabled: true, interval: 'weekly' });
    await changed(); // the first save's broadcast: a read on its way
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
    await changed();
    await answer('getAutoBackupStatus', 1, statusWith({ enabled: true, interval: 'monthly', keep: 3 }));
    expect(intervalSelect().value).toBe('monthly');
    expect(enabledBox().checked).toBe(true);
  });
});
