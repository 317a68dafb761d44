import { z } from 'zod';
import { OutreachFormatSchema } from '../schemas/template';

export const LangSchema = z.enum(['en', 'de']);

/** What the sidebar sends to have a draft rewritten; the longest draft is a 2,000-character message. */
export const RephraseRequestSchema = z.object({
  text: z.string().min(1).max(8_000),
  language: LangSchema,
  address: z.enum(['du', 'sie']),
  format: OutreachFormatSchema,
  limit: z.number().int().positive().max(8_000),
});
export type RephraseRequest = z.infer<typeof RephraseRequestSchema>;
