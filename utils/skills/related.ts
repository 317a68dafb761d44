/**
 * Skills that show someone could teach a goal although they do not name it: an AI engineer who lists
 * LLMs and prompt engineering can teach Generative AI; a TikTok creator can teach TikTok Marketing.
 * Weaker evidence than naming the goal itself (matching weighs it below a named skill). Catalogue ids.
 */
const RELATED: Readonly<Record<string, readonly string[]>> = {
  'generative-ai': ['large-language-models', 'prompt-engineering', 'chatgpt', 'ai-agents', 'generative-ai-content', 'machine-learning', 'deep-learning', 'nlp', 'midjourney', 'ai-image-generation', 'ai-video-generation', 'github-copilot', 'microsoft-copilot', 'chatbots'],
  'artificial-intelligence': ['machine-learning', 'deep-learning', 'generative-ai', 'large-language-models', 'nlp', 'computer-vision', 'ai-agents'],
  'machine-learning': ['deep-learning', 'data-science', 'artificial-intelligence', 'computer-vision', 'nlp'],
  'large-language-models': ['generative-ai', 'prompt-engineering', 'nlp', 'ai-agents', 'chatgpt'],
  'prompt-engineering': ['generative-ai', 'large-language-models', 'chatgpt', 'ai-agents', 'generative-ai-content'],
  'ai-literacy': ['generative-ai', 'artificial-intelligence', 'chatgpt', 'prompt-engineering', 'large-language-models'],
  'chatgpt': ['generative-ai', 'prompt-engineering', 'large-language-models'],
  'tiktok-marketing': ['tiktok', 'short-form-video', 'content-creation', 'capcut', 'influencer-marketing', 'creator-economy', 'user-generated-content', 'instagram-reels'],
  'tiktok': ['tiktok-marketing', 'short-form-video', 'content-creation', 'capcut'],
  'instagram-marketing': ['instagram', 'instagram-reels', 'content-creation', 'influencer-marketing', 'social-media-marketing'],
  'short-form-video': ['tiktok', 'instagram-reels', 'capcut', 'video-editing', 'content-creation'],
  'social-media-marketing': ['social-media-management', 'content-creation', 'tiktok-marketing', 'instagram-marketing', 'community-management', 'influencer-marketing', 'paid-social'],
  'social-media-management': ['social-media-marketing', 'community-management', 'content-creation'],
  'content-creation': ['short-form-video', 'video-editing', 'copywriting', 'tiktok', 'instagram', 'youtube', 'influencer-marketing'],
  'influencer-marketing': ['creator-economy', 'content-creation', 'creator-partnerships'],
  'personal-branding': ['linkedin-personal-branding', 'content-creation', 'thought-leadership'],
  'linkedin-personal-branding': ['personal-branding', 'linkedin-marketing', 'social-selling'],
  'data-visualization': ['power-bi', 'tableau', 'business-intelligence', 'data-analysis', 'data-science', 'excel'],
  'data-analysis': ['data-science', 'sql', 'python', 'excel', 'power-bi', 'tableau', 'business-intelligence', 'r-programming'],
  'data-science': ['machine-learning', 'python', 'data-analysis', 'r-programming'],
  'data-literacy': ['data-analysis', 'data-visualization', 'business-intelligence', 'excel'],
  'business-intelligence': ['power-bi', 'tableau', 'data-analysis', 'data-warehousing', 'sql'],
  'digital-marketing': ['performance-marketing', 'seo', 'sea', 'google-ads', 'social-media-marketing', 'content-marketing', 'email-marketing'],
  'performance-marketing': ['google-ads', 'meta-ads', 'sea', 'paid-social', 'web-analytics'],
  'web-development': ['frontend-development', 'javascript', 'typescript', 'react', 'html-css', 'full-stack-development'],
  'frontend-development': ['react', 'javascript', 'typescript', 'html-css', 'vue', 'angular'],
  'cloud-computing': ['aws', 'azure', 'google-cloud', 'kubernetes', 'docker', 'devops'],
  'no-code': ['workflow-automation', 'power-automate', 'rpa'],
  'workflow-automation': ['power-automate', 'no-code', 'rpa'],
  'ux-design': ['ui-design', 'figma', 'user-research'],
  'video-editing': ['capcut', 'adobe-premiere-pro', 'video-production', 'short-form-video'],
  'cybersecurity': ['information-security', 'data-protection'],
  'sustainability': ['esg', 'carbon-accounting', 'circular-economy', 'climate-tech'],
  'gen-z-insights': ['youth-culture', 'tiktok', 'trend-scouting', 'creator-economy'],
  'remote-work-tools': ['microsoft-teams', 'slack', 'notion', 'miro', 'google-workspace'],
  // Experience skills an experienced contact shows through related ones
  'corporate-strategy': ['strategic-planning', 'general-management', 'business-transformation', 'management-consulting', 'mergers-acquisitions'],
  'leadership': ['general-management', 'team-leadership', 'people-management', 'engineering-leadership', 'executive-presence'],
  'negotiation': ['procurement', 'strategic-purchasing', 'sales-management', 'mergers-acquisitions', 'key-account-management', 'contract-management'],
  'corporate-finance': ['financial-planning', 'controlling', 'mergers-acquisitions', 'investor-relations'],
  'general-management': ['leadership', 'p-and-l-responsibility', 'corporate-strategy'],
  'people-management': ['hr-management', 'team-leadership', 'leadership', 'talent-management'],
  'change-management': ['business-transformation', 'organizational-development', 'restructuring'],
  'stakeholder-management': ['general-management', 'board-governance', 'corporate-communications'],
};

/** Skills whose presence suggests someone could teach `goal` (empty when none are known). */
export function relatedSkills(goal: string): readonly string[] {
  return RELATED[goal] ?? [];
}

/** The goals among `goals` that `skills` are related to but do not name, in the order of `goals`. */
export function goalsShownByRelated(goals: readonly string[], skills: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const goal of goals) {
    if (skills.has(goal)) continue;
    if (relatedSkills(goal).some((id) => skills.has(id))) out.push(goal);
  }
  return out;
}
