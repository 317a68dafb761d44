/**
 * Parse a saved profile page with the extension's site adapters and print the result as JSON.
 *
 *   npm run parse-profile -- --url https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/ e2e/fixtures/linkedin-logged-in-en.html
 *
 * Exit codes: 0 parsed, 2 usage error (missing/unreadable file, missing or non-profile URL), 1 anything unexpected.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { detectProfile, parseProfile } from '../utils/sites';

const USAGE = 'usage: npm run parse-profile -- --url <profile-url> <file.html>';

class UserError extends Error {}

function args(argv: string[]): { url: string | null; file: string } {
  let url: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') {
      url = argv[++i] ?? null;
      if (!url) throw new UserError('--url needs a value');
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '-h' || a === '--help') throw new UserError(USAGE);
    else if (a.startsWith('--')) throw new UserError(`unknown option ${a}`);
    else rest.push(a);
  }
  if (rest.length !== 1) throw new UserError(rest.length ? 'give exactly one HTML file' : 'missing HTML file');
  return { url, file: rest[0]! };
}

function main(): void {
  const { url, file } = args(process.argv.slice(2));
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'read error')}`);
  }
  if (!url) throw new UserError('missing --url (the address the page was saved from)');
  if (!detectProfile(url)) throw new UserError(`not a LinkedIn or XING profile URL: ${url}`);

  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const t0 = performance.now();
    const profile = parseProfile(doc, url);
    const ms = performance.now() - t0;
    process.stdout.write(`${JSON.stringify(profile, null, 2)}\n`);
    if (process.env.PARSE_PROFILE_TIMING) process.stderr.write(`parsed in ${ms.toFixed(2)} ms (happy-dom)\n`);
  } finally {
    void window.happyDOM.close();
  }
}

try {
  main();
} catch (e) {
  if (e instanceof UserError) {
    process.stderr.write(`parse-profile: ${e.message}\n${e.message === USAGE ? '' : `${USAGE}\n`}`);
    process.exit(2);
  }
  process.stderr.write(`parse-profile: unexpected error: ${(e as Error)?.message ?? String(e)}\n`);
  process.exit(1);
}
