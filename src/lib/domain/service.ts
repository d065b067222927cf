/** Local services people can use (Open Referral UK / HSDS 3 `service` with `service_at_location`). */
import { z } from "zod";
import {
  ImportedFromSchema,
  SlugSchema,
  TimeOfDaySchema,
  TrustFields,
  UrlSchema,
  controlledList,
  plainLine,
  plainText,
} from "./common";
import { PublicContactSchema } from "./group";
import { ACCESS_METHODS, ACCESSIBILITY_FEATURES, AUDIENCES, CATEGORIES, WEEKDAYS } from "./vocab";

/** When a service is open at a place (HSDS `schedule`: iCal-style freq, byday, opens_at, closes_at). */
export const ScheduleSchema = z
  .strictObject({
    freq: z
      .enum(["WEEKLY", "MONTHLY"], { error: "must be WEEKLY or MONTHLY" })
      .default("WEEKLY")
      .describe("WEEKLY (the default) or MONTHLY."),
    interval: z.number().int().min(1).max(4).default(1).describe("2 with WEEKLY means fortnightly."),
    byday: controlledList(WEEKDAYS, "weekdays")
      .min(1, { error: "needs at least one day, e.g. [TU]" })
      .describe("Which days, as two-letter codes: [MO, WE] for Mondays and Wednesdays."),
    bysetpos: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)])
      .optional()
      .describe("With MONTHLY: which week of the month (1 to 4, or -1 for the last)."),
    opens_at: TimeOfDaySchema.describe('When it opens, 24-hour, e.g. "09:30".'),
    closes_at: TimeOfDaySchema.describe('When it closes, 24-hour, e.g. "12:00".'),
    description: plainLine(200).optional().describe("Anything else about this time, e.g. 'term time only'."),
  })
  .refine((schedule) => schedule.closes_at > schedule.opens_at, {
    path: ["closes_at"],
    error: "must be after opens_at",
  })
  .refine((schedule) => schedule.freq === "MONTHLY" || schedule.bysetpos === undefined, {
    path: ["bysetpos"],
    error: "only applies to MONTHLY schedules",
  });

/** A place where the service runs, and when. */
export const ServiceAtLocationSchema = z.strictObject({
  place: SlugSchema.describe("The place's id (content/places/)."),
  schedules: z.array(ScheduleSchema).default([]).describe("When it runs there; leave empty to say 'ask for times'."),
});

/** The cost of using a service (HSDS `cost_option`). */
export const CostOptionSchema = z.strictObject({
  amount_description: plainLine(200).describe("What it costs, in words, e.g. '£2 a session'."),
});

/** A service's fields, before the checks across fields; use this to `.pick()` or `.extend()`. */
export const ServiceFields = z.strictObject({
  name: plainLine(120).describe("The service's name."),
  summary: plainText(300).describe("What it offers, in a sentence or two."),
  organization: SlugSchema.optional().describe("Id of the group that runs it (content/groups/), if listed."),
  organization_name: plainLine(120)
    .optional()
    .describe("Who runs it, in words, when the organisation is not a listed group."),
  categories: controlledList(CATEGORIES, "categories")
    .min(1, { error: "needs at least one category" })
    .describe("What kind of help it is; the first one decides where it is listed."),
  audiences: controlledList(AUDIENCES, "audiences").default(["everyone"]).describe("Who it is mainly for."),
  eligibility_description: plainText(300)
    .optional()
    .describe("Who can use it, e.g. 'Anyone living in Stoke-on-Trent'."),
  is_free: z.boolean().describe("true when using the service costs nothing."),
  cost_options: z.array(CostOptionSchema).default([]).describe("What it costs, for a service that is not free."),
  access: controlledList(ACCESS_METHODS, "access methods")
    .min(1, { error: "needs at least one way in: drop-in, appointment or referral" })
    .describe("How to start using it."),
  how_to_access: plainText(400).optional().describe("Anything else about getting in, e.g. what to bring."),
  languages: z.array(plainLine(40)).default(["English"]).describe("Languages the service can be used in."),
  accessibility: controlledList(ACCESSIBILITY_FEATURES, "accessibility")
    .default([])
    .describe("Access support the service itself gives."),
  accessibility_notes: plainText(300).optional().describe("Anything else about access, in plain words."),
  service_at_location: z
    .array(ServiceAtLocationSchema)
    .min(1, { error: "needs at least one place" })
    .describe("Where the service runs, and when."),
  url: UrlSchema.optional().describe("The service's own web page, if it has one."),
  contact: PublicContactSchema.optional().describe("Public contact the service or its organisation chose."),
  temporarily_closed: plainLine(200).optional().describe("Say why and until when, if the service is paused."),
  example: TrustFields.example,
  assured_date: TrustFields.lastChecked.describe("The date someone last checked this service (YYYY-MM-DD)."),
  source: z
    .enum(["curated", "imported"])
    .default("curated")
    .describe("curated by editors, or imported from a services directory (content/sources/)."),
  importedFrom: ImportedFromSchema.optional().describe(
    "Set by the importer: where the service was read. Never write it by hand.",
  ),
});

/** A service, as written in `content/services/<id>.md`; the Markdown body can say more. */
export const ServiceSchema = ServiceFields.refine((service) => service.organization || service.organization_name, {
  path: ["organization"],
  error: "say who runs the service: organization (a group id) or organization_name",
})
  .refine((service) => !(service.is_free && service.cost_options.length > 0), {
    path: ["cost_options"],
    error: "a free service has no cost_options: remove them or set is_free: false",
  })
  .refine((service) => service.is_free || service.cost_options.length > 0, {
    path: ["cost_options"],
    error: "say what it costs in cost_options, or set is_free: true",
  })
  .refine((service) => service.source === "imported" || service.importedFrom === undefined, {
    path: ["importedFrom"],
    error: "only an imported service says where it was read: remove importedFrom",
  })
  .refine((service) => !(service.source === "imported" && service.example), {
    path: ["example"],
    error: "an imported service is a real listing, never an example",
  });
/** A service, as stored. */
export type Service = z.output<typeof ServiceSchema>;
