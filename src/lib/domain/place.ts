/** Places: venues and green spaces alike (schema.org `Place`, Open Referral UK `location`). */
import { z } from "zod";
import {
  GeoSchema,
  PostcodeSchema,
  SlugSchema,
  TimeOfDaySchema,
  TrustFields,
  UrlSchema,
  controlled,
  controlledList,
  plainLine,
  plainText,
} from "./common";
import { FACILITIES, PLACE_KINDS, TOWNS, WEEKDAYS } from "./vocab";

/** A bus route and the stop nearest the place. */
export const BusRouteSchema = z.strictObject({
  route: plainLine(20).describe("Route number or name, e.g. 3 or 4A."),
  stop: plainLine(100).optional().describe("Nearest stop, as named on the timetable."),
});

/** Opening times for some days of the week (Open Referral UK `regular_schedule`). */
export const OpeningHoursSchema = z
  .strictObject({
    byday: controlledList(WEEKDAYS, "weekdays")
      .min(1, { error: "needs at least one day" })
      .describe("Which days, as two-letter codes: [MO, TU, WE, TH, FR]."),
    opens_at: TimeOfDaySchema.describe("When it opens, 24-hour."),
    closes_at: TimeOfDaySchema.describe("When it closes, 24-hour."),
  })
  .refine((hours) => hours.closes_at > hours.opens_at, {
    path: ["closes_at"],
    error: "must be after opens_at",
  });

/** One source of a place's facts: what it gave, named in words, with where to read it when it is online. */
export const FactSourceSchema = z.strictObject({
  gave: plainLine(120).describe("Which facts it gave, as a short phrase: Position, Address, Position and address."),
  name: plainLine(200)
    .refine((name) => !/https?:\/\//i.test(name), { error: "must name the source in words; put its address in url" })
    .describe("The source in words a reader knows, e.g. Historic England list entry 1195821."),
  url: UrlSchema.optional().describe("Where the source can be read, when it is online."),
  note: plainLine(300)
    .optional()
    .describe("Anything a reader should know, e.g. how a grid reference was converted to a position."),
});
/** One source of a place's facts. */
export type FactSource = z.output<typeof FactSourceSchema>;

/** A place, as written in `content/places/<id>.md`. */
export const PlaceSchema = z.strictObject({
  name: plainLine(120).describe("The place's name as people know it."),
  kind: controlled(PLACE_KINDS, "place kinds").describe("What sort of place this is."),
  summary: plainText(400).describe("One or two sentences: what the place is and what happens there."),
  town: controlled(TOWNS, "towns").optional().describe("The town it is in or nearest to; leave out if between towns."),
  ward: SlugSchema.optional().describe("The ward's id (content/areas/wards/), only where a source says so."),
  geo: GeoSchema.optional().describe(
    "Sourced coordinates. Leave out when no source gives them: the place is listed without a map pin.",
  ),
  address: plainLine(200).optional().describe("Street address, only as a source gives it."),
  postcode: PostcodeSchema.optional().describe("Postcode, only as a source gives it."),
  sources: z
    .array(FactSourceSchema)
    .min(1, { error: "must name at least one source: where the position, address and other facts were read" })
    .describe("Where the position, address and other facts were read, one entry per source."),
  facilities: controlledList(FACILITIES, "facilities").default([]).describe("Facilities a source confirms."),
  buses: z.array(BusRouteSchema).default([]).describe("Bus routes and nearest stops a source confirms."),
  walking: plainText(400).optional().describe("How to walk there, from a landmark or stop."),
  openingHours: z.array(OpeningHoursSchema).default([]).describe("Opening times a source confirms."),
  url: UrlSchema.optional().describe("The place's own website, if it has one."),
  notice: plainText(400)
    .optional()
    .describe("Something that may have changed, shown prominently (e.g. a move or a planned closure)."),
  lastChecked: TrustFields.lastChecked,
});
/** A place, as stored. */
export type Place = z.output<typeof PlaceSchema>;
