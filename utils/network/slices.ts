/**
 * Lets queued events run (messages, database callbacks). A message-channel task, because nested
 * setTimeout(0) calls are clamped to 4 ms each.
 */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `fn` over `items` in slices of about `sliceMs`, yielding in between: building the popup's index
 * takes about a second with a large network, and the background must keep answering other messages
 * (the popup's settings, the sidebar) meanwhile.
 */
export async function forEachInSlices<T>(items: readonly T[], fn: (item: T) => void, sliceMs = 8): Promise<void> {
  let sliceEnd = performance.now() + sliceMs;
  for (let i = 0; i < items.length; i++) {
    fn(items[i]!);
    if (i % 32 === 31 && performance.now() >= sliceEnd) {
      await yieldToEvents();
      sliceEnd = performance.now() + sliceMs;
    }
  }
}
