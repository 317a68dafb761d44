import { act, createElement, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The background as an extension page sees it, for component tests: every request waits until the test answers it
 * (so a test can make answers come in any order), and the test sends the broadcasts. Wire it in the test file with
 *   vi.mock('…/utils/messaging/messenger', async () => (await import('…/tests/support/fake-background')).messengerModule);
 *   vi.mock('…/utils/messaging/broadcasts', async () => (await import('…/tests/support/fake-background')).broadcastsModule);
 */
interface Request {
  name: string;
  data: unknown;
  resolve: (value: unknown) => void;
}

const state = {
  requests: [] as Request[],
  listeners: [] as { name: string; listener: () => void }[],
  /** Requests answered at once with a fixed value (what the test is not about). */
  auto: new Map<string, unknown>(),
};

export const messengerModule = {
  messenger: {
    sendMessage: (name: string, data: unknown) =>
      new Promise((resolve) => {
        if (state.auto.has(name)) return resolve(state.auto.get(name));
        state.requests.push({ name, data, resolve });
      }),
  },
};

export const broadcastsModule = {
  subscribe: (name: string, listener: () => void) => {
    const entry = { name, listener };
    state.listeners.push(entry);
    return () => state.listeners.splice(state.listeners.indexOf(entry), 1);
  },
};

/** Forgets every request and listener; `auto` answers those requests at once. */
export function resetBackground(auto: Record<string, unknown> = {}): void {
  state.requests = [];
  state.listeners = [];
  state.auto = new Map(Object.entries(auto));
}

/** The requests of that name so far, answered or not, oldest first. */
export const requests = (name: string): readonly Request[] => state.requests.filter((r) => r.name === name);

/** Answers the n-th request of that name (from 0). */
export const answer = (name: string, n: number, value: unknown): Promise<void> =>
  act(async () => requests(name)[n]!.resolve(value));

/** The broadcasts the page listens to now, one entry per subscription. */
export const listening = (): string[] => state.listeners.map((l) => l.name);

/** Sends a broadcast to the page's listeners. */
export const broadcast = (name: string): Promise<void> =>
  act(async () => state.listeners.filter((l) => l.name === name).forEach((l) => l.listener()));

/** Renders `component` into a fresh element in the document; `unmount` takes it away again. */
export async function mount(component: ComponentType): Promise<{ container: HTMLElement; unmount: () => void }> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(createElement(component)));
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}
