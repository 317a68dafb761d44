/** Test helpers: fixture files from e2e/fixtures (never ../shared) and happy-dom documents. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const FIXTURES = fileURLToPath(new URL('../../e2e/fixtures/', import.meta.url));

export interface ExpectedExperience {
  title: string;
  company: string | null;
  start: string | null;
  end: string | null;
  current?: boolean;
  dateText: string | null;
}

export interface Expected {
  fixture: string;
  url: string;
  platform: 'linkedin' | 'xing';
  key?: string;
  name: string;
  headline: string | null;
  location: string | null;
  currentRole: string | null;
  currentCompany: string | null;
  skills: string[];
  earliestExperienceYear: number | null;
  earliestEducationYear: number | null;
  graduationYears: number[];
  careerStart?: { year: number; source: 'experience' | 'education' } | null;
  about: { startsWith: string; length: number; exact?: string } | null;
  experience: ExpectedExperience[];
  education: { school: string; degree: string | null; startYear: number | null; endYear: number | null }[];
  offers?: string[];
  seeks?: string[];
  notSkills?: { interests: string[] };
  mustNotContain?: string[];
}

export const expectedFiles = (dir = 'expected'): string[] =>
  readdirSync(`${FIXTURES}${dir}`).filter((f) => f.endsWith('.json')).sort();

export const loadExpected = <T = Expected>(file: string, dir = 'expected'): T =>
  JSON.parse(readFileSync(`${FIXTURES}${dir}/${file}`, 'utf8')) as T;

export const fixtureHtml = (name: string): string => readFileSync(`${FIXTURES}${name}`, 'utf8');

const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
});
const parser = new window.DOMParser();

/** A Document built from HTML the way a browser parses it (scripts not run). */
export const docFrom = (html: string): Document => parser.parseFromString(html, 'text/html') as unknown as Document;
