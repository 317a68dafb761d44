/**
 * Web worker for the options page: parses Connections.csv off the UI thread so the progress bar moves and
 * the page stays responsive on large files. Posts `progress` messages, then one `result`.
 */
import { canonicalProfile } from '../sites/canonical';
import { parseConnectionsCsv } from './connections-csv';
import type { ConnectionsParseResult } from './connections-csv';

export type ParseWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ConnectionsParseResult };

const post = (message: ParseWorkerMessage) => postMessage(message);

self.onmessage = (event: MessageEvent<{ text: string }>) => {
  const result = parseConnectionsCsv(event.data.text, canonicalProfile, {
    onProgress: (done, total) => post({ type: 'progress', done, total }),
    progressEvery: 1000,
  });
  post({ type: 'result', result });
};
