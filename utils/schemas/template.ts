import { z } from 'zod';
import { LIMITS, MAX_EPOCH_MS } from './limits';

export const OutreachFormatSchema = z.enum(['connection-note', 'message']);
export type OutreachFormat = z.infer<typeof OutreachFormatSchema>;
export const OutreachToneSchema = z.enum(['warm', 'concise', 'formal']);
export type OutreachTone = z.infer<typeof OutreachToneSchema>;

/** A user-editable outreach template; placeholders like `{firstName}` are filled from the match. */
export const OutreachTemplateSchema = z.object({
  id: z.string().min(1).max(LIMITS.key),
  name: z.string().min(1).max(LIMITS.name),
  language: z.enum(['en', 'de']),
  /** Only for German: which form of address the wording uses. */
  address: z.enum(['du', 'sie']).nullable(),
  tone: OutreachToneSchema,
  format: OutreachFormatSchema,
  body: z.string().min(1).max(LIMITS.templateBody),
  createdAt: z.number().int().nonnegative().max(MAX_EPOCH_MS),
  updatedAt: z.number().int().nonnegative().max(MAX_EPOCH_MS),
});
export type OutreachTemplate = z.infer<typeof OutreachTemplateSchema>;
