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

/**
 * Parses Connections.csv text in a web worker (progress reported as a fraction 0…1); falls back to the UI
 * thread where a module worker cannot start.
 */
export function parseConnectionsOffThread(text: string, onProgress: Progress): Promise<ConnectionsParseResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../../../utils/data/parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseHere(text, onProgress);
  }
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
