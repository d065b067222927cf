/**
 * Events (schema.org `Event`, OpenActive fields for cost, accessibility and what to expect, RFC 5545
 * for recurrence). Times are wall-clock times in Europe/London.
 */
import { z } from "zod";
import { DateTime } from "luxon";
import {
  LocalDateSchema,
  LocalDateTimeSchema,
  SlugSchema,
  ImportedFromSchema,
  TrustFields,
  UrlSchema,
  controlled,
  controlledList,
  plainLine,
  plainText,
} from "./common";
import { ACCESSIBILITY_FEATURES, AUDIENCES, CATEGORIES, EVENT_STATUSES, LANGUAGES, WEEKDAYS } from "./vocab";

/**
 * How an event repeats: a subset of the RFC 5545 RRULE. Weekly (every `interval` weeks on `byday`),
 * or monthly on a date (`bymonthday`) or on the nth weekday (`byday` with `bysetpos`, -1 for the last).
 * Every recurrence needs an end: `until` (last date) or `count` (number of times).
 */
export const RecurrenceSchema = z
  .strictObject({
    freq: z.enum(["weekly", "monthly"], { error: "must be weekly or monthly" }),
    interval: z
      .number({ error: "must be a whole number" })
      .int()
      .min(1)
      .max(12)
      .default(1)
      .describe("Every how many weeks or months: 2 with weekly means fortnightly."),
    byday: controlledList(WEEKDAYS, "weekdays")
      .optional()
      .describe("Weekly: which days (default: the day of startDate). Monthly with bysetpos: one day."),
    bysetpos: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
        error: "must be 1, 2, 3, 4, or -1 for the last",
      })
      .optional()
      .describe("Monthly: which week (1 to 4, or -1 for the last), e.g. bysetpos: -1 with byday: [FR]."),
    bymonthday: z
      .number()
      .int()
      .min(1)
      .max(28, { error: "must be 28 or less, so the event happens every month" })
      .optional()
      .describe("Monthly: the date in the month (default: the date of startDate)."),
    until: LocalDateSchema.optional().describe("The last date it can happen on (YYYY-MM-DD)."),
    count: z.number().int().min(1).max(520).optional().describe("How many times it happens in all."),
  })
  .superRefine((rule, ctx) => {
    if (rule.until === undefined && rule.count === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["until"],
        message: "every recurrence needs an end: add until: YYYY-MM-DD (the last date) or count: N",
      });
    }
    if (rule.until !== undefined && rule.count !== undefined) {
      ctx.addIssue({ code: "custom", path: ["count"], message: "give until or count, not both" });
    }
    if (rule.freq === "weekly" && (rule.bysetpos !== undefined || rule.bymonthday !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["freq"],
        message: "bysetpos and bymonthday are for monthly events; remove them or set freq: monthly",
      });
    }
    if (rule.freq === "monthly") {
      if (rule.bysetpos !== undefined && rule.byday?.length !== 1) {
        ctx.addIssue({
          code: "custom",
          path: ["byday"],
          message: "with bysetpos, give exactly one day, e.g. byday: [FR] for 'the last Friday'",
        });
      }
      if (rule.bysetpos === undefined && rule.byday !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["bysetpos"],
          message: "a monthly event on a weekday needs bysetpos (1 to 4, or -1 for the last)",
        });
      }
      if (rule.bymonthday !== undefined && rule.bysetpos !== undefined) {
        ctx.addIssue({ code: "custom", path: ["bymonthday"], message: "give bymonthday or bysetpos, not both" });
      }
    }
  });
/** A recurrence rule, as stored. */
export type Recurrence = z.output<typeof RecurrenceSchema>;

/** One occurrence of a recurring event moved to another time (an RFC 5545 RECURRENCE-ID override). */
export const RescheduleSchema = z.strictObject({
  date: LocalDateSchema.describe("The date it would normally have happened (YYYY-MM-DD)."),
  startDate: LocalDateTimeSchema.describe("When it happens instead."),
  endDate: LocalDateTimeSchema.describe("When it ends instead."),
  note: plainLine(200).optional().describe("Why, e.g. 'Moved for the bank holiday'."),
});

/** What a first-timer should know before they go. */
export const WhatToExpectSchema = z.strictObject({
  meetingPoint: plainLine(200)
    .optional()
    .describe("Where to go when you arrive, e.g. 'The welcome table by the door'."),
  whoGreetsYou: plainLine(200).optional().describe("Who will say hello, e.g. 'Sue at the welcome desk'."),
  whatToBring: plainLine(200).optional().describe("Anything to bring, e.g. 'Sturdy shoes and water'."),
  fineToComeAlone: z.boolean().default(true).describe("true when lots of people come on their own."),
  attendeeInstructions: plainText(600).optional().describe("What happens, in plain words, for a first-timer."),
});

/** Whether and how to book. */
export const BookingSchema = z
  .strictObject({
    required: z.boolean().describe("true when people must book before they come."),
    url: UrlSchema.optional().describe("Where to book."),
    details: plainLine(200).optional().describe("How to book if not online, e.g. 'At the library desk'."),
  })
  .refine((booking) => !booking.required || booking.url || booking.details, {
    path: ["url"],
    error: "booking is required: add url (where to book) or details (how to book)",
  });

/** The longest location in words an event can give (`locationText`). */
export const LOCATION_TEXT_MAX = 200;

/** An event's fields, before the checks across fields; use this to `.pick()` or `.extend()`. */
export const EventFields = z.strictObject({
  title: plainLine(120).describe("The event's name, as people would say it."),
  summary: plainText(280).describe("One or two sentences shown in lists and search results."),
  startDate: LocalDateTimeSchema.describe("When it starts (the first time, for a repeating event)."),
  endDate: LocalDateTimeSchema.describe("When it ends (on the first occasion)."),
  allDay: z
    .boolean()
    .default(false)
    .describe(
      "true for an event that lasts whole days: startDate and endDate at 00:00, endDate the day after the last.",
    ),
  recurrence: RecurrenceSchema.optional().describe("Leave out for a one-off event."),
  cancelledDates: z
    .array(LocalDateSchema)
    .default([])
    .describe("Dates of a repeating event that will not happen (YYYY-MM-DD)."),
  rescheduled: z.array(RescheduleSchema).default([]).describe("Single dates of a repeating event moved elsewhere."),
  status: controlled(EVENT_STATUSES, "event statuses")
    .default("scheduled")
    .describe("scheduled (going ahead), cancelled or postponed: the whole event, not one date."),
  statusNote: plainLine(200).optional().describe("Why it was cancelled or postponed, shown with the status."),
  place: SlugSchema.optional().describe(
    "The place's id (content/places/). Give place, locationText or online: exactly one of them.",
  ),
  locationText: plainLine(LOCATION_TEXT_MAX)
    .optional()
    .describe(
      "Where it is, in the organiser's words, when it is not a place on the site yet, e.g. 'Back room, The Red Lion, Hanley'.",
    ),
  online: z
    .boolean()
    .default(false)
    .describe("true when it happens online, not at a place: give url for where to join or book."),
  organizer: SlugSchema.describe("The group's id (content/groups/)."),
  categories: controlledList(CATEGORIES, "categories")
    .min(1, { error: "needs at least one category" })
    .describe("What the event is about; the first is shown first."),
  audiences: controlledList(AUDIENCES, "audiences")
    .min(1, { error: "needs at least one audience" })
    .describe("Who it is for; use everyone when it is open to all."),
  ageRange: z
    .strictObject({
      minValue: z.number().int().min(0).max(120).optional().describe("The youngest age that can come."),
      maxValue: z.number().int().min(0).max(120).optional().describe("The oldest age that can come."),
    })
    .refine(
      (range) => range.minValue === undefined || range.maxValue === undefined || range.minValue <= range.maxValue,
      {
        error: "minValue must not be more than maxValue",
      },
    )
    .optional()
    .describe("Ages that can come, e.g. minValue: 18 for adults only; leave out when all ages can."),
  isAccessibleForFree: z
    .boolean({ error: "must be true (free) or false (there is a cost)" })
    .describe("true when it costs nothing; false when there is a price or people pay what they can."),
  price: plainLine(120).optional().describe("What it costs, e.g. '£3, under-16s free'. Leave out if free."),
  payWhatYouCan: z.boolean().default(false).describe("true when people pay what they can afford."),
  booking: BookingSchema.default({ required: false }).describe("Whether people need to book, and how."),
  accessibilitySupport: controlledList(ACCESSIBILITY_FEATURES, "accessibility")
    .default([])
    .describe("Access support at the event."),
  accessibilityNotes: plainText(400).optional().describe("Anything else about access, in plain words."),
  whatToExpect: WhatToExpectSchema.default({ fineToComeAlone: true }).describe(
    "What a first-timer should know: shown as 'First time here? What to expect'.",
  ),
  buddyUp: z.boolean().default(false).describe("true when someone can ask for a welcomer to go with."),
  languages: controlledList(LANGUAGES, "languages")
    .optional()
    .describe("Languages it is run in (codes, e.g. [en, ur]); leave out to say what its group says, or English."),
  url: UrlSchema.optional().describe("More information on the organiser's own site."),
  source: z
    .enum(["curated", "submitted", "imported"])
    .default("curated")
    .describe("curated by editors, submitted by a group, or imported from where the group publishes it."),
  importedFrom: ImportedFromSchema.optional().describe(
    "Set by the importer: where the event was read. Never write it by hand.",
  ),
  ...TrustFields,
});

const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const ORDINALS: Record<number, string> = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" };

/**
 * Why the first date does not fit the repeat rule, or undefined when it does. The first date is always an
 * occurrence (as RFC 5545 DTSTART is), so a mismatch would add a stray date.
 */
function startDateMismatch(startDate: string, rule: Recurrence): string | undefined {
  const date = DateTime.fromISO(startDate.slice(0, 10), { zone: "utc" });
  const code = WEEKDAY_CODES[date.weekday - 1] ?? "MO";
  const fix = "change startDate to the first real date, or change the rule";
  if (rule.freq === "weekly") {
    return rule.byday && !rule.byday.includes(code)
      ? `is a ${date.toFormat("cccc")}, not one of the days in byday: ${fix}`
      : undefined;
  }
  if (rule.bysetpos !== undefined) {
    const day = rule.byday?.[0];
    const position = rule.bysetpos > 0 ? Math.ceil(date.day / 7) : date.day + 7 > (date.daysInMonth ?? 31) ? -1 : 0;
    const fits = day === code && position === rule.bysetpos;
    return fits ? undefined : `is not the ${ORDINALS[rule.bysetpos]} ${day ?? "day"} of its month: ${fix}`;
  }
  if (rule.bymonthday !== undefined && rule.bymonthday !== date.day) {
    return `is on the ${date.day}th, not the ${rule.bymonthday}th given in bymonthday: ${fix}`;
  }
  return undefined;
}

/** Checks across an event's fields, shared by content files and submissions. */
export function checkEvent(event: z.output<typeof EventFields>, ctx: z.RefinementCtx): void {
  const given = (["place", "locationText", "online"] as const).filter((field) =>
    field === "online" ? event.online : event[field] !== undefined,
  );
  if (given.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["place"],
      message:
        "say where it happens: place (a place's id from content/places/), locationText (where it is, in words) or online: true",
    });
  }
  if (given.length > 1) {
    ctx.addIssue({
      code: "custom",
      path: [given[1]!],
      message: `give only one of place, locationText and online: this event has ${given.join(" and ")}`,
    });
  }
  if (event.buddyUp && event.place === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["buddyUp"],
      message:
        "buddy-up needs a place on the site, where a welcomer can meet people: give place, or set buddyUp: false",
    });
  }
  if (event.endDate <= event.startDate) {
    ctx.addIssue({
      code: "custom",
      path: ["endDate"],
      message: `must be after startDate (${event.startDate}); an event that ends after midnight ends on the next day`,
    });
  }
  if (event.allDay) {
    for (const field of ["startDate", "endDate"] as const) {
      if (!event[field].endsWith("T00:00")) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: "an all-day event starts and ends at 00:00 (endDate is the day after its last day)",
        });
      }
    }
  }
  if (event.recurrence) {
    // Wall-clock length, so a clock change inside the event does not matter here.
    const hours = DateTime.fromISO(event.endDate, { zone: "utc" }).diff(
      DateTime.fromISO(event.startDate, { zone: "utc" }),
      "hours",
    ).hours;
    if (hours > 24) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "a repeating event must last 24 hours or less" });
    }
  }
  if (event.isAccessibleForFree && event.price !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["price"],
      message: "a free event has no price: remove price, or set isAccessibleForFree: false",
    });
  }
  if (event.isAccessibleForFree && event.payWhatYouCan) {
    ctx.addIssue({
      code: "custom",
      path: ["payWhatYouCan"],
      message: "a free event is not pay-what-you-can: choose one",
    });
  }
  if (!event.isAccessibleForFree && event.price === undefined && !event.payWhatYouCan) {
    ctx.addIssue({
      code: "custom",
      path: ["price"],
      message: "say what it costs in price, set payWhatYouCan: true, or set isAccessibleForFree: true",
    });
  }
  const start = event.startDate.slice(0, 10);
  if (!event.recurrence && (event.cancelledDates.length > 0 || event.rescheduled.length > 0)) {
    ctx.addIssue({
      code: "custom",
      path: ["cancelledDates"],
      message: "cancelledDates and rescheduled are for repeating events; for a one-off, set status: cancelled",
    });
  }
  event.cancelledDates.forEach((date, index) => {
    if (date < start) {
      ctx.addIssue({
        code: "custom",
        path: ["cancelledDates", index],
        message: `${date} is before the first date (${start})`,
      });
    }
  });
  event.rescheduled.forEach((change, index) => {
    if (change.endDate <= change.startDate) {
      ctx.addIssue({ code: "custom", path: ["rescheduled", index, "endDate"], message: "must be after startDate" });
    }
  });
  const mismatch = event.recurrence ? startDateMismatch(event.startDate, event.recurrence) : undefined;
  if (mismatch) {
    ctx.addIssue({ code: "custom", path: ["startDate"], message: mismatch });
  }
  if (event.recurrence?.until !== undefined && event.recurrence.until < start) {
    ctx.addIssue({
      code: "custom",
      path: ["recurrence", "until"],
      message: `must be on or after the first date (${start})`,
    });
  }
}

/** An event, as written in `content/events/<id>.md`; the Markdown body is the full description. */
export const EventSchema = EventFields.superRefine(checkEvent);
/** An event, as stored. */
export type Event = z.output<typeof EventSchema>;
