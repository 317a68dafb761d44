/**
 * Splitting a position or headline into the parts that describe a role.
 *
 * Headlines chain roles, companies and topics with separators ("AI Engineer | LLMs @ Acme · Speaker").
 * The part after "@", " at ", " bei " up to the next separator names an employer and is dropped, so
 * "Data GmbH" never reads as Data Analysis; parts that look like a company (GmbH, Inc, …) are dropped too.
 * Emoji and gender markers ("(m/w/d)") carry no role and are removed first.
 */

/** Separators between independent parts of a headline. */
const PART_SEPARATORS = /\s*(?:\||·|•|‧|∙|⋅|–|—|\s-\s|;|\/\/|,\s|\s\+\s|\n)\s*/u;
/** Introduces an employer: the rest of that part is a company. */
const EMPLOYER_MARKERS = /\s*(?:@|\s(?:at|bei|chez|presso)\s)\s*/iu;
/** Company legal forms and similar give a part away as an employer name. */
const COMPANY_FORMS =
  /\b(?:gmbh|ag|se|kg|kgaa|ohg|gbr|ug|e\.\s?v\.|inc\.?|ltd\.?|llc|plc|corp\.?|co\.|s\.a\.|b\.v\.|n\.v\.|s\.r\.l\.|pty)(?![\p{L}])/iu;
/** Pictographs, flags, variation selectors and joiners. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{20E3}]/gu;
/** "(m/w/d)", "(w/m/d)", "(m/f/d)", "(all genders)", "(gn)", "(d/f/m)" … */
const GENDER_MARKERS = /\(\s*(?:[mwfdxi]|div|divers)(?:\s*[/|,]\s*(?:[mwfdxi]|div|divers))+\s*\)|\(\s*(?:all genders|gn\*?|genderneutral)\s*\)/giu;

export function stripDecorations(text: string): string {
  return text.replace(EMOJI, ' ').replace(GENDER_MARKERS, ' ').replace(/\s+/g, ' ').trim();
}

/** The role-describing parts of a title, in order; companies and empty parts removed. */
export function roleSegments(title: string): string[] {
  const out: string[] = [];
  for (const rawPart of stripDecorations(title).split(PART_SEPARATORS)) {
    const part = rawPart.split(EMPLOYER_MARKERS)[0]?.trim() ?? '';
    if (part === '' || COMPANY_FORMS.test(part)) continue;
    out.push(part);
  }
  return out;
}
