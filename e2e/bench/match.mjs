import { bundleForPage } from './bundle.mjs';
import { median } from '../support/stats.mjs';

const GUEST = 'https://www.linkedin.com/in/mila-kowalczyk-4b21a7231/';

/**
 * The sidebar's match path as one script: parse the page, then (timed) detect the profile's skills and
 * compute match, explanation and drafts – what MatchSection does on every render that changes its inputs.
 */
async function bundleMatch() {
  const contents = `
    import { parseProfile } from './utils/sites/index.ts';
    import { getCatalogue } from './utils/skills/catalogue.ts';
    import { createSkillIndex } from './utils/skills/search.ts';
    import { personForMatching } from './utils/matching/match-input.ts';
    import { skillInfoFrom } from './utils/matching/skill-info.ts';
    import { computeMatchAndDrafts } from './utils/outreach/compute.ts';
    import { DEFAULT_MY_PROFILE } from './utils/schemas/settings.ts';
    window.__mentorRadarMatchBench = (runs) => {
      const profile = parseProfile(document, location.href);
      const index = createSkillIndex(getCatalogue());
      const skills = skillInfoFrom(index);
      const me = { ...DEFAULT_MY_PROFILE, name: 'Alex Berger', careerStartYear: 1995,
        teachSkills: ['corporate-strategy', 'leadership', 'emotional-intelligence'],
        learnSkills: ['generative-ai', 'tiktok-marketing'] };
      const now = new Date();
      const run = (format) => computeMatchAndDrafts({ me, them: personForMatching(profile, null, index), now, skills, format, tone: 'warm' });
      // Pages get a coarse clock (0.1 ms): each sample is the mean of a batch of 10 calls.
      const BATCH = 10;
      const time = (fn) => {
        const out = [];
        for (let i = 0; i < runs + 3; i++) {
          const t = performance.now();
          for (let j = 0; j < BATCH; j++) fn();
          if (i >= 3) out.push((performance.now() - t) / BATCH); // the first batches warm up the JIT and caches
        }
        return out;
      };
      const note = run('connection-note');
      return {
        kind: note.match.kind,
        drafts: note.drafts.length,
        note: time(() => run('connection-note')),
        message: time(() => run('message')),
        allTones: time(() => computeMatchAndDrafts({ me, them: personForMatching(profile, null, index), now, skills, format: 'connection-note' })),
      };
    };`;
  return bundleForPage(contents);
}

/** Median time to compute match + drafts for the guest fixture, measured inside Chromium. */
export async function benchMatch(browser, runs, record) {
  const script = await bundleMatch();
  const page = await browser.context.newPage();
  await page.goto(GUEST);
  await page.addScriptTag({ content: script });
  const r = await page.evaluate((n) => window.__mentorRadarMatchBench(n), Math.max(runs, 30));
  const note = `guest fixture, ${r.kind}, ${r.drafts} drafts; incl. skill detection in headline/About`;
  record('match + drafts: connection note (one tone)', median(r.note), 'ms', '≤ 5', note);
  record('match + drafts: message (one tone)', median(r.message), 'ms', '≤ 5');
  record('match + drafts: connection note (all tones)', median(r.allTones), 'ms', '≤ 5');
  await page.close();
}
