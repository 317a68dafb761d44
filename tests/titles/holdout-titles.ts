/**
 * Titles the reader was NOT tuned on: written before looking at its answers and left as they are, so the
 * accuracy measured on them (holdout.test.ts) estimates how it does on titles it has never seen.
 * `skills`: any one of them counts as a right skill; [] = the title names no skill.
 */
export interface TitleCase {
  title: string;
  stage: 'early' | 'mid' | 'senior' | 'unknown';
  skills: string[];
}

export const HOLDOUT_TITLES: TitleCase[] = [
  { title: 'Marketing Intern | Passionate about storytelling', stage: 'early', skills: ['Storytelling', 'Marketing Strategy'] },
  { title: 'Praktikantin im Bereich Personalwesen', stage: 'early', skills: ['Human Resources Management'] },
  { title: 'Dualer Student BWL – Wirtschaftsinformatik @ Siemens', stage: 'early', skills: ['Software Engineering', 'Business Intelligence', 'ERP Systems'] },
  { title: 'Trainee Controlling', stage: 'early', skills: ['Controlling'] },
  { title: 'Studentin der Medieninformatik | Werkstudentin UX Research', stage: 'early', skills: ['User Research', 'UX Design'] },
  { title: 'Graduate Software Engineer at Fintech Startup', stage: 'early', skills: ['Software Engineering'] },
  { title: 'Junior Social Media Manager (TikTok, Reels)', stage: 'early', skills: ['Social Media Management', 'TikTok', 'TikTok Marketing', 'Instagram Reels'] },
  { title: 'Volontärin Redaktion', stage: 'early', skills: ['Written Communication', 'Storytelling'] },
  { title: 'Berufseinsteiger im Vertrieb', stage: 'early', skills: ['Sales'] },
  { title: 'Azubi Fachinformatiker Anwendungsentwicklung', stage: 'early', skills: ['Software Engineering'] },
  { title: 'Chief Marketing Officer', stage: 'senior', skills: ['Marketing Strategy', 'Brand Management'] },
  { title: 'Bereichsleiterin Finanzen & Controlling', stage: 'senior', skills: ['Controlling', 'Corporate Finance'] },
  { title: 'VP Sales EMEA', stage: 'senior', skills: ['Sales', 'Sales Management'] },
  { title: 'Managing Partner | M&A Advisory', stage: 'senior', skills: ['Mergers & Acquisitions'] },
  { title: 'Inhaberin einer Agentur für Employer Branding', stage: 'senior', skills: ['Employer Branding'] },
  { title: 'Gründer & Geschäftsführer – Nachhaltige Logistik', stage: 'senior', skills: ['Logistics', 'Sustainability', 'General Management', 'Entrepreneurship'] },
  { title: 'Leiter Personalentwicklung', stage: 'senior', skills: ['Talent Management', 'Organizational Development', 'Human Resources Management'] },
  { title: 'Director Data & Analytics', stage: 'senior', skills: ['Data Analysis'] },
  { title: 'Vorstand Technik und IT', stage: 'senior', skills: ['IT Infrastructure', 'General Management'] },
  { title: 'Prokurist | Leitung Einkauf und Logistik', stage: 'senior', skills: ['Procurement', 'Logistics'] },
  { title: 'Team Lead Customer Service', stage: 'senior', skills: ['Customer Orientation', 'Team Leadership'] },
  { title: 'Ehemaliger Geschäftsführer, jetzt Beirat', stage: 'senior', skills: ['General Management', 'Board Governance'] },
  { title: 'Retired Head of Procurement', stage: 'senior', skills: ['Procurement'] },
  { title: 'Principal Consultant – Digital Transformation', stage: 'senior', skills: ['Digital Transformation', 'Management Consulting'] },
  { title: 'Performance Marketing Manager', stage: 'mid', skills: ['Performance Marketing'] },
  { title: 'Referentin Unternehmenskommunikation', stage: 'mid', skills: ['Corporate Communications'] },
  { title: 'Backend Developer (Python, Django)', stage: 'mid', skills: ['Backend Development', 'Python'] },
  { title: 'Produktmanagerin E-Commerce', stage: 'mid', skills: ['Product Management', 'E-Commerce'] },
  { title: 'Cloud Architect | AWS Certified', stage: 'mid', skills: ['Cloud Architecture', 'Amazon Web Services'] },
  { title: 'Key Account Managerin Lebensmittelhandel', stage: 'mid', skills: ['Key Account Management'] },
  { title: 'Sachbearbeiter Buchhaltung', stage: 'mid', skills: ['Accounting'] },
  { title: 'Business Intelligence Analyst · Power BI · SQL', stage: 'mid', skills: ['Business Intelligence', 'Power BI', 'SQL'] },
  { title: 'UX/UI Designerin', stage: 'mid', skills: ['UX Design', 'UI Design'] },
  { title: 'Machine Learning Engineer | Computer Vision', stage: 'mid', skills: ['Machine Learning', 'Computer Vision'] },
  { title: 'Influencerin & Creatorin | Beauty, Lifestyle', stage: 'mid', skills: ['Influencer Marketing', 'Content Creation'] },
  { title: 'Rechtsanwältin für Arbeitsrecht', stage: 'mid', skills: ['Labour Law'] },
  { title: 'Recruiterin IT', stage: 'mid', skills: ['Recruiting'] },
  { title: 'Supply Chain Planner', stage: 'mid', skills: ['Supply Chain Management', 'Demand Planning'] },
  { title: 'Looking for new opportunities', stage: 'unknown', skills: [] },
  { title: 'Acme GmbH', stage: 'unknown', skills: [] },
];
