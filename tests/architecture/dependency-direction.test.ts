import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layout rules of ARCHITECTURE.md, checked on the source: a break shows the file and the import.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Pure core: runs anywhere (content script, background, pages, node scripts) and is tested without a browser. */
const PURE_CORE = [
  ...['sites', 'schemas', 'skills', 'matching', 'outreach', 'titles', 'radar', 'journey'].map((f) => `utils/${f}`),
  // Pure date rules of follow-ups; the journey's cadence lands on the same 09:00 as a date picked by hand.
  'utils/reminders/follow-up-date.ts',
  // When an automatic backup is due, its file names, which of ours to delete.
  'utils/backup-schedule/schedule.ts',
  'utils/backup-schedule/file-names.ts',
  'utils/backup-schedule/retention.ts',
];
/** Packages the pure core may use: zod, and `ics` (writes iCalendar text; no browser API, no I/O). */
const CORE_PACKAGES = new Set(['zod', 'ics']);
/** What only the background may run; pages ask for it by message. */
const BACKGROUND_ONLY = [
  'utils/background',
  'utils/db/database.ts',
  'utils/db/settings.ts',
  'utils/db/db-changes.ts',
  'utils/reminders/scheduler.ts',
  'utils/backup-schedule/auto-backup-service.ts',
  'utils/backup-schedule/auto-backup-alarm.ts',
  // The Prompt API is not allowed in the sidebar's frame inside linkedin.com: only the background runs the model.
  'utils/rephrase/language-model.ts',
];
const UI = ['components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return []; // a reserved folder nobody has filled yet
  }
  return entries.flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

/** Comments removed, so a comment that mentions `browser.tabs` or an old import is not a violation. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Every module specifier: static imports, `export … from`, dynamic `import()`. */
export function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of code(text).matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm)) out.push(m[2]!);
  return out;
}

/** Repo-relative path of a relative specifier (without extension), or the package name. */
function target(file: string, spec: string): { local: string } | { pkg: string } {
  if (!spec.startsWith('.')) return { pkg: spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]! };
  return { local: path.normalize(path.join(path.dirname(file), spec)) };
}

const within = (local: string, folder: string) =>
  local === folder || local === folder.replace(/\.tsx?$/, '') || local.startsWith(`${folder}/`);

function violations(files: readonly string[], allowed: (file: string, t: ReturnType<typeof target>) => boolean): string[] {
  const found: string[] = [];
  for (const file of files) {
    for (const spec of specifiers(readFileSync(path.join(ROOT, file), 'utf8'))) {
      if (!allowed(file, target(file, spec))) found.push(`${file} imports ${spec}`);
    }
  }
  return found;
}

describe('dependency direction', () => {
  const core = PURE_CORE.flatMap(sourceFiles);

  it('finds the pure core (the check is not vacuous)', () => {
    expect(core.length).toBeGreaterThan(40);
    expect(core).toContain(path.normalize('utils/matching/match-input.ts'));
  });

  it('the pure core imports only the pure core and zod', () => {
    const found = violations(core, (_file, t) =>
      'pkg' in t ? CORE_PACKAGES.has(t.pkg) : PURE_CORE.some((folder) => within(t.local, folder)),
    );
    expect(found).toEqual([]);
  });

  it('the pure core touches no browser API', () => {
    const found = core.filter((file) => /\b(browser|chrome)\.[a-z]+\./.test(code(readFileSync(path.join(ROOT, file), 'utf8'))));
    expect(found).toEqual([]);
  });

  it('pages never import background-only code (they send a message instead)', () => {
    const ui = UI.flatMap(sourceFiles).filter((f) => !f.startsWith(path.normalize('entrypoints/background')));
    expect(ui.length).toBeGreaterThan(30);
    const found = violations(ui, (_file, t) => 'pkg' in t || !BACKGROUND_ONLY.some((folder) => within(t.local, folder)));
    expect(found).toEqual([]);
  });

  it('spots a violation (the scanner reads imports of every form)', () => {
    const text = `import a from '../db/database';\nexport { b } from "./b";\nconst c = await import('wxt/browser');\n// import x from 'ignored';`;
    expect(specifiers(text)).toEqual(['../db/database', './b', 'wxt/browser']);
  });
});
