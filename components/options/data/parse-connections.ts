import { parseConnectionsCsv } from '../../../utils/data/connections-csv';
import type { ConnectionsParseResult } from '../../../utils/data/connections-csv';
import type { ParseWorkerMessage } from '../../../utils/data/parse-worker';
import { canonicalProfile } from '../../../utils/sites/canonical';

type Progress = (fraction: number) => void;

/** Same parse on the UI thread, after one frame so the "working" state is painted first. */
async function parseHere(text: string, onProgress: Progress): Promise<ConnectionsParseResult> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return parseConnectionsCsv(text, canonicalProfile, { onProgress: (done, total) => onProgress(done / total) });
}

/** A started worker, and whether it failed to load before anyone used it. */
interface Started {
  worker: Worker;
  failed: boolean;
}

function startWorker(): Started | null {
  try {
    const worker = new Worker(new URL('../../../utils/data/parse-worker.ts', import.meta.url), { type: 'module' });
    const started: Started = { worker, failed: false };
    worker.onerror = (event) => {
      event.preventDefault();
      started.failed = true;
    };
    return started;
  } catch {
    return null;
  }
}

/** Started ahead of the file: loading the worker's module is most of a small file's parse. Used once. */
let spare: Started | null = null;

/** Starts the next parse's worker now (while the user picks a file); a no-op when one is waiting. */
export function prepareParseWorker(): void {
  spare ??= startWorker();
}

/** Stops the waiting worker (the panel went away). */
export function releaseParseWorker(): void {
  spare?.worker.terminate();
  spare = null;
}

/**
 * Parses Connections.csv text in a web worker (progress reported as a fraction 0…1); falls back to the UI
 * thread where a module worker cannot start.
 */
export function parseConnectionsOffThread(text: string, onProgress: Progress): Promise<ConnectionsParseResult> {
  const started = spare ?? startWorker();
  spare = null;
  if (!started || started.failed) {
    started?.worker.terminate();
    return parseHere(text, onProgress);
  }
  const { worker } = started;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Promise<ConnectionsParseResult> | ConnectionsParseResult) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ParseWorkerMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data.done / event.data.total);
      else finish(event.data.result);
    };
    // A worker that fails to load (blocked, unsupported) reports here before any message.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(parseHere(text, onProgress));
    };
    worker.postMessage({ text });
  });
}
