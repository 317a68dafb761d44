import { z } from 'zod';
import { ContactSchema, ContactStatusSchema } from '../schemas/contact';
import { PlatformSchema, ProfileSchema } from '../schemas/profile';

/** What the content script knows about the page in one tab. */
export const TabProfileStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  /** A profile URL whose page has not rendered the person yet: the sidebar shows a placeholder, never the previous person. */
  z.object({ status: z.literal('loading'), url: z.string(), key: z.string(), platform: PlatformSchema }),
  z.object({ status: z.literal('ready'), url: z.string(), profile: ProfileSchema }),
]);
export type TabProfileState = z.infer<typeof TabProfileStateSchema>;

/** Who may send a message: our content script on a supported site, or one of our own extension pages. */
export type MessageOrigin = 'content' | 'page' | 'background';

interface MessageDefinition {
  from: MessageOrigin;
  input: z.ZodType;
  output: z.ZodType;
}

const none = z.void();
const tabId = z.number().int().nonnegative();

/**
 * The one message map for every cross-context message. Names say the direction; each entry's input is
 * validated on arrival (utils/messaging/guard.ts) and its output before it is returned.
 */
export const MESSAGES = {
  /** Content script → background: the profile state of the sender's tab changed. */
  reportTabProfile: { from: 'content', input: TabProfileStateSchema, output: none },
  /** Sidebar → background: what is the profile in this tab? */
  getTabProfile: { from: 'page', input: z.object({ tabId }), output: TabProfileStateSchema },
  /** UI → background: one saved contact, or null if this person is not saved. */
  getContact: { from: 'page', input: z.object({ key: z.string().min(1) }), output: ContactSchema.nullable() },
  /** UI → background: save (or refresh) a contact from a parsed profile. */
  saveContact: { from: 'page', input: z.object({ profile: ProfileSchema }), output: ContactSchema },
  /** UI → background: change where a relationship stands. */
  setContactStatus: {
    from: 'page',
    input: z.object({ key: z.string().min(1), status: ContactStatusSchema }),
    output: ContactSchema,
  },
  /** UI → background: all saved contacts, most recently updated first. */
  listContacts: { from: 'page', input: none, output: z.array(ContactSchema) },
  /** Background → extension pages: a tab's profile changed (the sidebar of that tab follows it). */
  tabProfileChanged: { from: 'background', input: z.object({ tabId, state: TabProfileStateSchema }), output: none },
  /** Background → extension pages: these contacts changed; views showing them reload. */
  contactsChanged: { from: 'background', input: z.object({ keys: z.array(z.string()) }), output: none },
} as const satisfies Record<string, MessageDefinition>;

export type MessageName = keyof typeof MESSAGES;
export type MessageInput<K extends MessageName> = z.infer<(typeof MESSAGES)[K]['input']>;
export type MessageOutput<K extends MessageName> = z.infer<(typeof MESSAGES)[K]['output']>;

/** The typed map @webext-core/messaging wants, derived from the schemas so the two cannot drift apart. */
export type ProtocolMap = {
  [K in MessageName]: (data: MessageInput<K>) => MessageOutput<K>;
};
