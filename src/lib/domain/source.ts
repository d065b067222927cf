/**
 * Sources: where a group or service already publishes its listings (a calendar feed, a page with schema.org
 * Event data, an Open Referral UK services API, an OpenActive feed), and what the importer should apply to
 * what it reads there. One file each in content/sources/, whose body holds notes for moderators (who asked
 * for it to be added, who to ask when it breaks).
 */
import { z } from "zod";
import { SlugSchema, TrustFields, controlled, controlledList, plainLine } from "./common";
import { LICENCE_IDS } from "./licence";
import { ACCESS_METHODS, AUDIENCES, CATEGORIES } from "./vocab";
import { WebAddressSchema } from "./web-address";

/** The kinds of source the importer reads (src/lib/import/model.ts keeps the same list). */
export const SOURCE_KIND_NAMES = ["ical", "jsonld", "oruk", "rpde"] as const;

/** Where an imported event is said to be. */
export const LOCATION_STRATEGIES = ["feed", "default-place", "online"] as const;

/** A calendar address as groups copy it: `webcal://` is the same feed over `https://`. */
export const SourceAddressSchema = z
  .string({ error: "must be the feed's web address, e.g. https://calendar.example.org/events.ics" })
  .trim()
  .transform((text) => text.replace(/^webcals?:\/\//i, "https://"))
  .pipe(WebAddressSchema);

/** A source's fields, before the checks across fields. */
export const SourceFields = z.strictObject({
  name: plainLine(120).describe("The source in words a resident knows, e.g. 'Tunstall Library's own calendar'."),
  url: SourceAddressSchema.describe(
    "Where the listings are published: a calendar (.ics or webcal://), a page, or an API.",
  ),
  kind: controlled(SOURCE_KIND_NAMES, "source kinds")
    .optional()
    .describe("ical, jsonld, oruk or rpde; leave out to let the importer tell from what it reads."),
  group: SlugSchema.optional().describe("The id of the group whose listings these are (content/groups/)."),
  place: SlugSchema.optional().describe("The place its events are at when the feed does not say (content/places/)."),
  location: controlled(LOCATION_STRATEGIES, "location strategies")
    .default("feed")
    .describe("feed (match the feed's own location, then the place), default-place (always the place) or online."),
  categories: controlledList(CATEGORIES, "categories")
    .min(1, { error: "needs at least one category, applied to everything from this source" })
    .describe("Categories applied to every listing from this source."),
  audiences: controlledList(AUDIENCES, "audiences")
    .default(["everyone"])
    .describe("Audiences applied to every listing from this source."),
  free: z
    .boolean({ error: "must be true (its events are free) or false" })
    .describe("true when its events cost nothing, as far as anyone knows; false to show price."),
  price: plainLine(120)
    .optional()
    .describe("What its events cost, in words, when not free, e.g. 'Prices on the organiser's page'."),
  access: controlledList(ACCESS_METHODS, "access methods")
    .optional()
    .describe(
      "For a services directory: how people start using a service whose entry does not say (drop-in, appointment, referral).",
    ),
  licence: controlled(LICENCE_IDS, "licences")
    .optional()
    .describe(
      "The licence its listings may be shared under in the site's open data: ogl-3.0 (also when the group has said anyone may share them), cc-by-4.0 or cc0-1.0, as the source publishes. Leave out when it has not said: its listings are then shown here but left out of the open data.",
    ),
  attribution: plainLine(200)
    .optional()
    .describe(
      "How the source asks to be credited where its listings are shared, e.g. 'Contains data from Staffordshire Connects'.",
    ),
  trusted: z
    .boolean()
    .default(false)
    .describe("true to publish its listings directly; false to hold each new one for a moderator."),
  paused: z.boolean().default(false).describe("true to stop fetching it for now; what it gave stays as it was."),
  example: TrustFields.example,
  lastChecked: TrustFields.lastChecked.describe("The date someone last checked this source is the group's own."),
});

/** A source, as written in `content/sources/<id>.md`; the Markdown body is for notes to moderators. */
export const SourceSchema = SourceFields.superRefine((source, ctx) => {
  const services = source.kind === "oruk";
  if (!services && source.group === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["group"],
      message: "say whose events these are: the group's id (content/groups/)",
    });
  }
  if (source.location === "default-place" && source.place === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["place"],
      message: "with location: default-place, give the place's id (content/places/)",
    });
  }
  if (source.free && source.price !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["price"],
      message: "a free source has no price: remove price, or set free: false",
    });
  }
  if (source.attribution !== undefined && source.licence === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["attribution"],
      message: "credit is only given where listings are shared: give the source's licence, or remove attribution",
    });
  }
  if (!source.free && source.price === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["price"],
      message: "say what its events cost in price (e.g. 'Prices on the organiser's page'), or set free: true",
    });
  }
});
/** A source, as stored. */
export type Source = z.output<typeof SourceSchema>;
