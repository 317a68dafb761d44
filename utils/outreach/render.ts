import type { PlaceholderValues } from './placeholders';
import { compileAlternative, leadText, strongerLead } from './syntax';
import type { SentenceLead, SentenceTemplate, TemplateSentence } from './types';

/** The first alternative whose placeholders all have non-empty values, filled in; null if there is none. */
export function renderSentence(sentence: TemplateSentence, values: PlaceholderValues): string | null {
  for (const alternative of sentence.alternatives) {
    let out = '';
    let ok = true;
    for (const part of compileAlternative(alternative)) {
      if (typeof part === 'string') out += part;
      else if ('placeholder' in part && values[part.placeholder]) out += values[part.placeholder];
      else {
        ok = false; // empty value or unknown placeholder: try the next alternative
        break;
      }
    }
    const text = out.trim();
    if (ok && text) return text;
  }
  return null;
}

export interface Rendered {
  text: string;
  /** Indices of the sentences that made it into the text. */
  rendered: number[];
}

/**
 * Join the sentences that render. A left-out sentence passes its lead on, so dropping the paragraph
 * "who you are" does not glue the next sentence to the greeting line.
 */
export function renderTemplate(template: SentenceTemplate, values: PlaceholderValues, dropped: ReadonlySet<number>): Rendered {
  let text = '';
  const rendered: number[] = [];
  let carried: SentenceLead | null = null;
  template.sentences.forEach((sentence, i) => {
    const lead = carried ? strongerLead(carried, sentence.lead) : sentence.lead;
    const out = dropped.has(i) ? null : renderSentence(sentence, values);
    if (out === null) {
      carried = lead;
      return;
    }
    text += text ? leadText(lead) + out : out;
    rendered.push(i);
    carried = null;
  });
  return { text, rendered };
}
