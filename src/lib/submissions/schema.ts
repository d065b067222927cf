/**
 * What a community group sends when it submits an event: the event's own fields, picked from EventFields so
 * they cannot drift from the content collection, plus where and who (a known listing or a new one), a full
 * description, and a private contact email with consent to the privacy notice.
 */
import { z } from "zod";
import { EventFields, SlugSchema, checkEvent, plainLine, plainText, PostcodeSchema, UrlSchema } from "../domain";

/** A place from content/places/, or a new one the moderators will add. */
export const SubmittedPlaceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("known"), id: SlugSchema }),
  z.strictObject({
    kind: z.literal("new"),
    name: plainLine(120),
    address: plainText(300),
    postcode: PostcodeSchema.optional(),
  }),
]);

/** A group from content/groups/, or a new one. */
export const SubmittedGroupSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("known"), id: SlugSchema }),
  z.strictObject({ kind: z.literal("new"), name: plainLine(120), url: UrlSchema.optional() }),
]);

/** The event fields a group can set; everything else (status, trust, source) is the moderators'. */
export const SubmittedEventFields = EventFields.pick({
  title: true,
  summary: true,
  startDate: true,
  endDate: true,
  recurrence: true,
  categories: true,
  audiences: true,
  isAccessibleForFree: true,
  price: true,
  payWhatYouCan: true,
  booking: true,
  accessibilitySupport: true,
  accessibilityNotes: true,
  whatToExpect: true,
  url: true,
}).extend({
  description: plainText(4000).describe("The full description, shown on the event's page."),
  place: SubmittedPlaceSchema,
  group: SubmittedGroupSchema,
});

/** A private email for the moderators to reply to: on a submission, and on a request to add a calendar. */
export const ContactEmailSchema = z.email({ error: "must be an email address, like name@example.com" }).max(254);

/** The whole submission, with the same checks across fields as a content file. */
export const SubmissionSchema = SubmittedEventFields.extend({
  contactEmail: ContactEmailSchema,
  consent: z.literal(true, { error: "must be ticked: we need your agreement to keep your email" }),
}).superRefine((submission, ctx) => checkEvent(toEventFields(submission, "pending", "pending"), ctx));

/** A submission, as stored. */
export type Submission = z.output<typeof SubmissionSchema>;
/** The event part of a submission, which moderators can edit. */
export type SubmittedEvent = z.output<typeof SubmittedEventFields>;

/** The event as a content file would hold it, with the place and organiser ids a moderator settled on. */
export function toEventFields(
  submitted: Omit<SubmittedEvent, "place" | "group">,
  place: string,
  organizer: string,
  lastChecked = "2000-01-01",
): z.output<typeof EventFields> {
  return {
    title: submitted.title,
    summary: submitted.summary,
    startDate: submitted.startDate,
    endDate: submitted.endDate,
    allDay: false,
    recurrence: submitted.recurrence,
    cancelledDates: [],
    rescheduled: [],
    status: "scheduled",
    statusNote: undefined,
    // A submitted event is always at a place the site lists (or will, once a moderator adds it).
    place,
    online: false,
    organizer,
    categories: submitted.categories,
    audiences: submitted.audiences,
    ageRange: undefined,
    isAccessibleForFree: submitted.isAccessibleForFree,
    price: submitted.price,
    payWhatYouCan: submitted.payWhatYouCan,
    booking: submitted.booking,
    accessibilitySupport: submitted.accessibilitySupport,
    accessibilityNotes: submitted.accessibilityNotes,
    whatToExpect: submitted.whatToExpect,
    buddyUp: false,
    url: submitted.url,
    source: "submitted",
    lastChecked,
    example: false,
  };
}

/** A moderator's edit of a submission's event, with the same checks across fields. */
export const EditedEventSchema = SubmittedEventFields.superRefine((event, ctx) =>
  checkEvent(toEventFields(event, "pending", "pending"), ctx),
);
