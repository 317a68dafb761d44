// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { prefetchFirstPage, useNetworkQuery } from '../../components/popup/use-network-query';
import { DEFAULT_POPUP_VIEW, type QueryContactsOutput } from '../../utils/network/view-schema';

// The popup's first page: the stored answer (utils/popup/stored-first-page.ts) and the background's (messenger).
const stored = vi.hoisted(() => ({ answer: null as Promise<unknown> | null }));
const background = vi.hoisted(() => ({ answer: null as Promise<unknown> | null, asked: 0 }));
vi.mock('../../utils/popup/stored-first-page', () => ({ storedFirstPage: () => stored.answer }));
vi.mock('../../utils/messaging/messenger', async (importOriginal) => {
  const { messenger } = await importOriginal<typeof import('../../utils/messaging/messenger')>();
  return {
    messenger: {
      ...messenger,
      sendMessage: () => {
        background.asked += 1;
        return background.answer;
      },
    },
  };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function firstPage(names: string[], total = names.length): QueryContactsOutput {
  const rows = names.map((name) => ({ key: `linkedin:${name}`, name }));
  return { view: DEFAULT_POPUP_VIEW, offset: 0, total, rows, summary: null } as unknown as QueryContactsOutput;
}

/** Renders the popup's list hook; returns the rows' names as each render saw them. */
async function mountList(): Promise<{ renders: string[][]; root: Root }> {
  const renders: string[][] = [];
  function List() {
    const query = useNetworkQuery();
    renders.push([...query.rows.values()].map((row) => row.name));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(createElement(List)));
  return { renders, root };
}

const roots: Root[] = [];
// The browser's rendering frames, run by the tests.
let frames: FrameRequestCallback[] = [];
const paint = () => act(async () => frames.splice(0).forEach((callback) => callback(performance.now())));
/** Lets the tasks queued so far run. */
const nextTask = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
beforeEach(() => {
  background.answer = new Promise(() => undefined);
  background.asked = 0;
  frames = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
});
afterEach(() => {
  for (const root of roots.splice(0)) act(() => root.unmount());
  vi.restoreAllMocks();
});

describe("the popup's first render", () => {
  it('shows the stored first page at once when it was read before React rendered', async () => {
    stored.answer = Promise.resolve(firstPage(['ada', 'bob']));
    prefetchFirstPage();
    await stored.answer;
    await Promise.resolve();
    const { renders, root } = await mountList();
    roots.push(root);
    // One render, with the rows: the stored answer the mount effect then receives is not shown a second time.
    await act(async () => undefined);
    expect(renders).toEqual([['ada', 'bob']]);
  });

  it('renders without rows first when the stored page is still on its way, then shows it', async () => {
    let resolve!: (answer: QueryContactsOutput) => void;
    stored.answer = new Promise((r) => (resolve = r));
    prefetchFirstPage();
    const { renders, root } = await mountList();
    roots.push(root);
    expect(renders[0]).toEqual([]);
    await act(async () => resolve(firstPage(['cem'])));
    expect(renders.at(-1)).toEqual(['cem']);
  });

  it("the background's answer replaces the stored rows shown in the first render", async () => {
    stored.answer = Promise.resolve(firstPage(['ada', 'bob']));
    let answer!: (answer: QueryContactsOutput) => void;
    background.answer = new Promise((r) => (answer = r));
    prefetchFirstPage();
    await stored.answer;
    await Promise.resolve();
    const { renders, root } = await mountList();
    roots.push(root);
    // Asked only once the stored rows are painted: a stopped service worker starting up meanwhile slowed them.
    expect(background.asked).toBe(0);
    await paint();
    await nextTask();
    expect(background.asked).toBe(1);
    await act(async () => answer(firstPage(['ada', 'dora'])));
    expect(renders[0]).toEqual(['ada', 'bob']);
    expect(renders.at(-1)).toEqual(['ada', 'dora']);
  });

  it('asks the background at once when nothing is stored, and shows its answer', async () => {
    stored.answer = Promise.resolve(null);
    let answer!: (answer: QueryContactsOutput) => void;
    background.answer = new Promise((r) => (answer = r));
    prefetchFirstPage();
    await stored.answer;
    await Promise.resolve();
    await Promise.resolve();
    expect(background.asked).toBe(1);
    expect(frames).toHaveLength(0);
    const { renders, root } = await mountList();
    roots.push(root);
    expect(renders[0]).toEqual([]);
    await act(async () => answer(firstPage(['eve'])));
    expect(renders.at(-1)).toEqual(['eve']);
  });
});
