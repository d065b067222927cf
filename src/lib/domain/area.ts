/** Areas of the city: the six historic towns and the 34 electoral wards. */
import { z } from "zod";
import { GeoSchema, SlugSchema, controlled, plainLine, plainText } from "./common";
import { TOWNS } from "./vocab";

/** One of the six towns (file name is the town's id, e.g. `burslem`). */
export const TownSchema = z.strictObject({
  name: plainLine(40).describe("The town's name as residents say it."),
  summary: plainText(400).describe("One or two sentences about the town, checked against a source."),
  centre: GeoSchema.describe("A town-centre marker: the historic town hall."),
  source: plainText(500).describe("Where the centre's coordinates and the summary were read."),
});
/** A town's listing, as stored (the town's id type is `Town` in vocab). */
export type TownArea = z.output<typeof TownSchema>;

/** An electoral ward (file name is the ward's id, e.g. `burslem-park`). */
export const WardSchema = z.strictObject({
  name: plainLine(80).describe("The ward's official name."),
  code: z
    .string()
    .regex(/^E05\d{6}$/, { error: "must be an ONS ward code such as E05014564" })
    .describe("ONS ward code."),
  town: controlled(TOWNS, "towns")
    .optional()
    .describe("The town the ward lies in or nearest to; leave out for wards between towns."),
});
/** A ward, as stored. */
export type Ward = z.output<typeof WardSchema>;

/** Shape of an area id used by other listings. */
export const AreaIdSchema = SlugSchema;
