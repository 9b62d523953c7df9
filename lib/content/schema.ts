import { z } from 'zod';

/*
 * One zod schema per content type. Each message is the *expected* half of an
 * error (`expected <message>, got <value>`); `validate.ts` adds what was found.
 */

const text = z.string({ error: 'a non-empty string' }).trim().min(1, { error: 'a non-empty string' });
const slugRef = z
  .string({ error: 'an id (lowercase letters, digits and hyphens)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an id (lowercase letters, digits and hyphens)' });

/** True for a real calendar date written `YYYY-MM-DD` (2024-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const UNSTATED = 'unstated';
const conferenceMessage = `an ISO date (YYYY-MM-DD) or "${UNSTATED}"`;
const isoDate = z
  .string({ error: 'an ISO date (YYYY-MM-DD)' })
  .refine(isIsoDate, { error: 'an ISO date (YYYY-MM-DD)' });
/** A conference date, or "unstated" where the report does not say. */
const conference = z
  .string({ error: conferenceMessage })
  .refine((value) => value === UNSTATED || isIsoDate(value), { error: conferenceMessage });

export const speakerSchema = z.strictObject({
  /** The speaker's name exactly as the report writes it, accents kept. */
  speaker: text,
  /** The title the report puts before the name (Ambassador, Col., Congressman, Dr.). */
  honorific: text.optional(),
  /** The role exactly as the report gives it; absent when the report gives none. */
  role: text.optional(),
  /** The organisation the report names in the role; absent when it names none. */
  organization: text.optional(),
  /** A congressional district, where the report gives one (TX-17). */
  district: text.optional(),
  /** The conference(s) the report places the speaker at, or "unstated". */
  date: z.union([conference, z.array(isoDate, { error: `${conferenceMessage}, or a list of ISO dates` }).min(1)], {
    error: `${conferenceMessage}, or a list of ISO dates`,
  }),
  /** Topic ids from content/topics.yml: the union of the insights' topics. */
  topics: z.array(slugRef, { error: 'a list of topic ids' }).min(1, { error: 'at least one topic id' }),
  /** One sentence for lists and link previews, paraphrasing the report. */
  summary: text.max(200, { error: 'a summary of at most 200 characters' }),
});
export type SpeakerFrontmatter = z.infer<typeof speakerSchema>;

export const insightMetaSchema = z.strictObject({
  /** The theme (report section) the passage comes from. */
  theme: slugRef,
  /** One to four topic ids from content/topics.yml. */
  topics: z
    .array(slugRef, { error: 'a list of topic ids' })
    .min(1, { error: 'at least one topic id' })
    .max(4, { error: 'at most four topic ids' }),
  /** The conference the report places this point at, or "unstated". */
  conference,
  /** Earlier ids of this insight, so that old links still land on it. */
  aliases: z.array(slugRef, { error: 'a list of ids' }).optional(),
});
export type InsightMeta = z.infer<typeof insightMetaSchema>;

export const themeSchema = z.strictObject({
  /** The report's section heading, exactly. */
  title: text,
  /** Position of the section in the report, from 1. */
  order: z.int({ error: 'a whole number from 1' }).min(1, { error: 'a whole number from 1' }),
  /** One sentence for lists and link previews, paraphrasing the report. */
  summary: text.max(200, { error: 'a summary of at most 200 characters' }),
  /** Topic ids from content/topics.yml. */
  topics: z.array(slugRef, { error: 'a list of topic ids' }).min(1, { error: 'at least one topic id' }),
});
export type ThemeFrontmatter = z.infer<typeof themeSchema>;

export const eventSchema = z.strictObject({
  /** The conference's name as shown on the site. */
  title: text,
  /** The conference day; must equal the file name. */
  date: isoDate,
  /** Where it took place, as the report gives it. */
  location: text,
  /** One sentence for lists and link previews, paraphrasing the report. */
  summary: text.max(200, { error: 'a summary of at most 200 characters' }),
});
export type EventFrontmatter = z.infer<typeof eventSchema>;

export const topicSchema = z.strictObject({
  /** The topic's id, used in frontmatter and URLs. */
  id: slugRef,
  /** The name shown to readers. */
  label: text,
  /** One sentence on what the report discusses under this topic. */
  description: text,
});
export const topicListSchema = z.array(topicSchema, { error: 'a list of topics' }).min(1, { error: 'at least one topic' });
export type Topic = z.infer<typeof topicSchema>;
