/** Community groups and organisations (Open Referral UK `organization`). */
import { z } from "zod";
import { LocalDateSchema, TrustFields, UrlSchema, controlledList, plainLine, plainText } from "./common";
import { AUDIENCES, CATEGORIES, LANGUAGES, TOWNS } from "./vocab";

/** Contact details the group has chosen to publish. Never invent these for a real organisation. */
export const PublicContactSchema = z
  .strictObject({
    email: z.email({ error: "must be an email address" }).optional().describe("A public email the group chose."),
    phone: z
      .string()
      .regex(/^[0-9 +()]{10,20}$/, { error: "must be a phone number using digits and spaces" })
      .optional()
      .describe("A public phone number the group chose."),
    note: plainLine(200).optional().describe("How best to get in touch, e.g. 'Speak to us at any session'."),
  })
  .refine((contact) => contact.email || contact.phone || contact.note, {
    error: "give at least one of email, phone or note, or leave contact out",
  });

/** Who checked that the group is who it says it is, and when. */
export const VerificationSchema = z.strictObject({
  by: plainLine(120).describe("Who verified the group, e.g. 'Stoke Together editors'."),
  on: LocalDateSchema.describe("When it was verified (YYYY-MM-DD)."),
});

/** A group's fields, before the checks across fields; use this to `.pick()` or `.extend()`. */
export const GroupFields = z.strictObject({
  name: plainLine(120).describe("The group's name."),
  summary: plainText(300).describe("What the group does, in a sentence or two."),
  areas: controlledList(TOWNS, "towns")
    .min(1, { error: "needs at least one town" })
    .describe("Towns where it is active."),
  categories: controlledList(CATEGORIES, "categories")
    .min(1, { error: "needs at least one category" })
    .describe("What the group does."),
  audiences: controlledList(AUDIENCES, "audiences").default(["everyone"]).describe("Who the group is for."),
  regularMeetings: plainText(300).optional().describe("When and where the group usually meets, in words."),
  languages: controlledList(LANGUAGES, "languages")
    .optional()
    .describe("Languages it runs its sessions in (codes, e.g. [en, ur, ar]); leave out for English only."),
  contact: PublicContactSchema.optional().describe("Public contact chosen by the group."),
  url: UrlSchema.optional().describe("The group's website."),
  verified: VerificationSchema.optional().describe("Leave out until the group has been verified."),
  welcomers: z
    .boolean()
    .default(false)
    .describe("true when the group has trained welcomers for buddy-up (names are never kept in content)."),
  ...TrustFields,
});

/** A group, as written in `content/groups/<id>.md`; the Markdown body says more about what they do. */
export const GroupSchema = GroupFields.refine((group) => !group.welcomers || group.verified, {
  path: ["welcomers"],
  error: "only verified groups can offer welcomers: add `verified` (by, on) or set welcomers: false",
});
/** A group, as stored. */
export type Group = z.output<typeof GroupSchema>;
