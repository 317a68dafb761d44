import { browser } from 'wxt/browser';
import { handleValidated, onMessage, type MessageHandler } from './guard';
import { messenger } from './messenger';
import type { MessageInput, MessageName, MessageOutput } from './protocol';

/**
 * A faster road for messages that carry megabytes (a 10,000-row import): Chrome's runtime messaging
 * converts the payload value by value in both processes (measured: a 2.4 MB row list took seconds, most of
 * an import), while posting it to the extension's own service worker is one structured clone. Same message
 * map, same sender check and zod parsing (handleValidated); only the transport differs. Where there is no
 * service worker of ours (Firefox runs the background as an event page, whose runtime messaging already
 * clones structurally), runtime messaging is used as for every other message.
 */

const BULK_TAG = 'mentor-radar:bulk';

interface BulkRequest {
  tag: typeof BULK_TAG;
  name: string;
  data: unknown;
}
type BulkReply = { ok: true; value: unknown } | { ok: false; error: string };

function isBulkRequest(value: unknown): value is BulkRequest {
  const v = value as Partial<BulkRequest> | null;
  return typeof v === 'object' && v !== null && v.tag === BULK_TAG && typeof v.name === 'string';
}

/** Our service worker, when this page is an extension page of a browser that runs the background as one. */
async function ownServiceWorker(): Promise<ServiceWorker | null> {
  try {
    if (!('serviceWorker' in navigator)) return null;
    const registration = await navigator.serviceWorker.getRegistration();
    const worker = registration?.active ?? null;
    return worker && new URL(worker.scriptURL).origin === location.origin ? worker : null;
  } catch {
    return null;
  }
}

/** Page side: sends `name` like messenger.sendMessage, through the service worker when there is one. */
export async function sendBulkMessage<K extends MessageName>(name: K, data: MessageInput<K>): Promise<MessageOutput<K>> {
  const worker = await ownServiceWorker();
  if (!worker) return (messenger.sendMessage as (n: K, d: MessageInput<K>) => Promise<MessageOutput<K>>)(name, data);
  const channel = new MessageChannel();
  const reply = new Promise<BulkReply>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<BulkReply>) => resolve(event.data);
  });
  const request: BulkRequest = { tag: BULK_TAG, name, data };
  worker.postMessage(request, [channel.port2]);
  const answer = await reply;
  channel.port1.close();
  if (!answer.ok) throw new Error(answer.error);
  return answer.value as MessageOutput<K>;
}

/** The parts of a service worker's ExtendableMessageEvent used here (the DOM typings lack worker types). */
interface WorkerMessageEvent {
  data: unknown;
  origin: string;
  ports: readonly MessagePort[];
  source: { url: string } | null;
  waitUntil(promise: Promise<unknown>): void;
}

type Handlers = Map<string, (data: unknown, sender: { id: string; url: string }) => Promise<unknown>>;
let bulkHandlers: Handlers | null = null;

/** Background: listens for bulk requests once (service workers only). */
function bulkListener(): Handlers {
  if (bulkHandlers) return bulkHandlers;
  const handlers: Handlers = new Map();
  bulkHandlers = handlers;
  const scope = globalThis as unknown as { ServiceWorkerGlobalScope?: unknown; addEventListener?: typeof addEventListener };
  if (typeof scope.ServiceWorkerGlobalScope === 'undefined' || typeof scope.addEventListener !== 'function') return handlers;
  scope.addEventListener('message', ((event: WorkerMessageEvent) => {
    const request = event.data;
    if (!isBulkRequest(request)) return;
    const port = event.ports[0];
    const source = event.source;
    const handler = handlers.get(request.name);
    if (!port) return;
    // Only documents of our own origin are clients of this worker; the sender check below says which.
    const work = (async (): Promise<BulkReply> => {
      if (!handler || !source || event.origin !== location.origin) return { ok: false, error: 'Rejected bulk message' };
      try {
        return { ok: true, value: await handler(request.data, { id: browser.runtime.id, url: source.url }) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    })().then((reply) => port.postMessage(reply));
    event.waitUntil(work);
  }) as unknown as EventListener);
  return handlers;
}

/** Registers a validated handler reachable both ways (runtime messaging and bulk); returns its remover. */
export function onBulkMessage<K extends MessageName>(name: K, handler: MessageHandler<K>): () => void {
  const off = onMessage(name, handler);
  const handlers = bulkListener();
  handlers.set(name, (data, sender) => handleValidated(name, data, sender, handler));
  return () => {
    off();
    handlers.delete(name);
  };
}
