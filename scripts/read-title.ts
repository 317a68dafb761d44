/**
 * Read a position or headline the way Mentor Radar does and print what it concluded, as JSON: the tool for
 * diagnosing a wrong estimate.
 *
 *   npm run read-title -- "Werkstudentin Social Media (m/w/d)"
 *
 * Several titles print one JSON object per line. Exit codes: 0 read, 2 usage error.
 */
import { careerStartFromTitle } from '../utils/titles/career-estimate';
import { readTitle } from '../utils/titles/read-title';
import { roleSegments } from '../utils/titles/segments';

const USAGE = 'usage: npm run read-title -- "<title or headline>" ["<another>" …]';

const titles = process.argv.slice(2);
if (titles.length === 0 || titles.some((t) => t === '-h' || t === '--help')) {
  process.stderr.write(`read-title: ${titles.length === 0 ? 'missing title\n' : ''}${USAGE}\n`);
  process.exit(2);
}
const now = new Date();
for (const title of titles) {
  const reading = readTitle(title);
  const estimate = careerStartFromTitle(reading, now);
  const out = {
    title,
    stage: reading.stage,
    retired: reading.retired,
    stageWord: reading.stageWord,
    skills: reading.skills,
    skillIds: reading.skillIds,
    careerStartEstimate: estimate,
    parts: roleSegments(title),
  };
  process.stdout.write(`${JSON.stringify(out, null, titles.length === 1 ? 2 : 0)}\n`);
}
