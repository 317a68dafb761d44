// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { onDomSettled } from '../../utils/content/wait';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('onDomSettled', () => {
  let stop = new AbortController();
  afterEach(() => stop.abort());

  function watch(intervalMs: number, settleMs: number) {
    stop = new AbortController();
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const calls: number[] = [];
    onDomSettled(root, intervalMs, () => calls.push(performance.now()), stop.signal, settleMs);
    return { root, calls };
  }

  it('reads the first change soon, not a whole interval later (a list rendered after load)', async () => {
    const { root, calls } = watch(1000, 20);
    const changed = performance.now();
    root.append(document.createElement('ul'));
    await tick(400);
    expect(calls).toHaveLength(1);
    // Before: the first read came a whole interval (here 1,000 ms) after the change.
    expect(calls[0]! - changed).toBeLessThan(400);
  });

  it('reads a render spread over several tasks once, after it settled', async () => {
    const { root, calls } = watch(1000, 60);
    for (let i = 0; i < 3; i++) {
      root.append(document.createElement('li'));
      await tick(10);
    }
    await tick(120);
    expect(calls).toHaveLength(1);
  });

  it('while the page keeps changing, reads at most once per interval', async () => {
    const { root, calls } = watch(200, 10);
    const started = performance.now();
    while (performance.now() - started < 700) {
      root.append(document.createElement('li'));
      await tick(15);
    }
    await tick(250);
    // Leading read, then one per 200 ms over ~700 ms of changes (and one after they stop).
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < calls.length; i++) expect(calls[i]! - calls[i - 1]!).toBeGreaterThanOrEqual(190);
  });

  it('ignores changes inside our own sidebar wrapper, and stops when aborted', async () => {
    const { root, calls } = watch(200, 10);
    const ours = document.createElement('div');
    ours.id = 'mentor-radar';
    root.append(ours);
    await tick(50);
    const callsAfterOwnMount = calls.length;
    ours.append(document.createElement('iframe'));
    await tick(50);
    expect(calls).toHaveLength(callsAfterOwnMount);
    stop.abort();
    root.append(document.createElement('p'));
    await tick(50);
    expect(calls).toHaveLength(callsAfterOwnMount);
  });

  it('watching the whole document: a swapped <body> is a change, our wrapper added to <html> is not', async () => {
    stop = new AbortController();
    document.documentElement.querySelectorAll('#mentor-radar').forEach((n) => n.remove());
    const calls: number[] = [];
    onDomSettled(document.documentElement, 200, () => calls.push(performance.now()), stop.signal, 10);
    const ours = document.createElement('div');
    ours.id = 'mentor-radar';
    document.documentElement.append(ours);
    await tick(50);
    expect(calls).toHaveLength(0);
    const body = document.createElement('body');
    body.innerHTML = '<main><ul role="list"><li>Result</li></ul></main>';
    document.body.replaceWith(body);
    await tick(50);
    expect(calls).toHaveLength(1);
    ours.remove();
  });
});

