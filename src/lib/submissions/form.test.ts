import { describe, expect, it } from "vitest";
import { submissionContext } from "../../../tests/support/submission-context";
import { loadSubmissionFixtures } from "../../../tests/support/submissions";
import { EventSchema } from "../domain";
import { flagSubmission } from "./flags";
import { submissionWords } from "./catalogue-words";
import {
  FORM_FIELDS,
  OPTIONAL_FIELDS,
  fieldForPath,
  lastStartDate,
  readSubmissionForm,
  type FieldError,
  type FormField,
  type FormResult,
  type FormValues,
} from "./form";
import { describeSubmissionProblems, labelOf } from "./form-words";
import { toEventFields } from "./schema";

const english = submissionWords("en");
/** The problems as the English form says them. */
const inEnglish = (errors: readonly FieldError[]) => describeSubmissionProblems(english, errors);
/** A field's label as the English form shows it. */
const formLabel = (field: FormField) => labelOf(english.kit, english.event.fields[field], OPTIONAL_FIELDS.has(field));

describe("readSubmissionForm", () => {
  for (const fixture of loadSubmissionFixtures("valid")) {
    it(`accepts ${fixture.name}: ${fixture.description}`, () => {
      const result = readSubmissionForm(fixture.values, submissionContext());
      expect(result.ok ? [] : result.errors).toEqual([]);
    });
  }

  for (const fixture of loadSubmissionFixtures("invalid")) {
    it(`names every problem in ${fixture.name}: ${fixture.description}`, () => {
      const result = readSubmissionForm(fixture.values, submissionContext());
      expect(result.ok).toBe(false);
      const errors = result.ok ? {} : Object.fromEntries(inEnglish(result.errors).map((e) => [e.field, e.message]));
      expect(errors).toEqual(fixture.errors);
    });
  }

  it("turns a weekly form into a weekly rule on the date's weekday", () => {
    const fixture = loadSubmissionFixtures("valid").find((item) => item.name === "weekly-coffee-morning");
    const result = readSubmissionForm(fixture!.values, submissionContext());
    expect(result.ok && result.submission.recurrence).toEqual({
      freq: "weekly",
      interval: 1,
      byday: ["TU"],
      until: "2027-12-28",
    });
  });

  it("makes a monthly-by-weekday rule from the date: 1 February 2027 is the first Monday", () => {
    const hostile = loadSubmissionFixtures("valid").find((fixture) => fixture.name === "hostile-but-plain-text")!;
    const result = readSubmissionForm(hostile.values, submissionContext());
    expect(result.ok && result.submission.recurrence).toMatchObject({ freq: "monthly", byday: ["MO"], bysetpos: 1 });
  });

  it("gives an approved submission that the content collection's EventSchema accepts", () => {
    for (const fixture of loadSubmissionFixtures("valid")) {
      const result = readSubmissionForm(fixture.values, submissionContext());
      if (!result.ok) throw new Error(fixture.name);
      const event = toEventFields(result.submission, "bentilee-library", "digital-buddies", "2026-11-26");
      expect(EventSchema.safeParse(event).success).toBe(true);
    }
  });
});

describe("what a submitted form must mean", () => {
  const weekly = loadSubmissionFixtures("valid").find((item) => item.name === "weekly-coffee-morning")!;
  const read = (changes: FormValues, today?: string) =>
    readSubmissionForm({ ...weekly.values, ...changes }, submissionContext(today));
  const errorsOf = (result: FormResult) =>
    result.ok ? {} : Object.fromEntries(inEnglish(result.errors).map((error) => [error.field, error.message]));

  it("accepts today's date and the same date two years on, and refuses the day after that", () => {
    // The fixture's first date is Tuesday 5 January 2027.
    expect(errorsOf(read({}, "2027-01-05"))).toEqual({});
    expect(errorsOf(read({}, "2025-01-05"))).toEqual({});
    expect(errorsOf(read({}, "2025-01-04"))).toEqual({
      date: "Date must be within two years from today, so on or before 4 January 2027",
    });
    expect(errorsOf(read({}, "2027-01-06"))).toEqual({ date: "Date must be today or in the future" });
  });

  it("gives the 28th as the last date two years from 29 February", () => {
    expect(lastStartDate("2028-02-29")).toBe("2030-02-28");
    expect(lastStartDate("2026-12-04")).toBe("2028-12-04");
  });

  it("names an impossible date on the date, and a wrong time beside it in the same round", () => {
    expect(errorsOf(read({ date: "2027-02-30", startTime: "9.30" }))).toEqual({
      date: "Date must be a real date, written like 2027-03-12",
      startTime: "Enter the start time, like 10:30",
    });
    expect(errorsOf(read({ date: "5/1/2027" }))).toEqual({ date: "Date must be a real date, written like 2027-03-12" });
    expect(errorsOf(read({ repeatUntil: "2027-02-30" }))).toEqual({
      repeatUntil: "Last date it happens must be a real date, written like 2027-12-31",
    });
  });

  it("still names a missing last date when the first date is missing", () => {
    expect(errorsOf(read({ date: "", repeatUntil: "" }))).toEqual({
      date: "Enter the date it happens (the first date, if it repeats)",
      repeatUntil: "Give the last date it happens, so the listing does not run for ever",
    });
  });

  it("reads an empty repeat as just once and an empty booking answer as no: both are answered in the form", () => {
    const result = read({ repeat: "", repeatUntil: "", bookingRequired: "" });
    expect(result.ok && [result.submission.recurrence, result.submission.booking]).toEqual([
      undefined,
      { required: false },
    ]);
  });

  it("refuses a value outside a choice rather than reading it as another: a repeat as no rule, a yes as no", () => {
    expect(errorsOf(read({ repeat: "weekly " }))).toEqual({});
    expect(Object.keys(errorsOf(read({ repeat: "Weekly" })))).toEqual(["repeat"]);
    expect(Object.keys(errorsOf(read({ bookingRequired: "true" })))).toEqual(["bookingRequired"]);
    expect(Object.keys(errorsOf(read({ fineToComeAlone: "on" })))).toEqual(["fineToComeAlone"]);
    expect(Object.keys(errorsOf(read({ consent: "on" })))).toEqual(["consent"]);
    expect(Object.keys(errorsOf(read({ cost: "constructor" })))).toEqual(["cost"]);
  });

  it("checks a place or group id against the listed ones only when it is given them", () => {
    const values = { ...weekly.values, placeId: "hanley-libary" };
    expect(readSubmissionForm(values, { today: "2026-11-26" }).ok).toBe(true);
    expect(Object.keys(errorsOf(readSubmissionForm(values, submissionContext())))).toEqual(["placeId"]);
    expect(errorsOf(read({ placeId: "hanley-park", groupId: "tunstall-neighbours" }))).toEqual({});
  });

  it("keeps text in NFC with LF line breaks, and the direction marks right-to-left text needs", () => {
    const result = read({
      title: "Cafe\u0301 morning",
      description: "Line one\r\nLine two",
      whatToBring: "\u200Fچائے\u200F",
    });
    expect(
      result.ok && [result.submission.title, result.submission.description, result.submission.whatToExpect],
    ).toEqual(["Café morning", "Line one\nLine two", expect.objectContaining({ whatToBring: "\u200Fچائے\u200F" })]);
  });

  it("refuses an optional answer of only invisible characters", () => {
    expect(errorsOf(read({ meetingPoint: "\u200B\u200B" }))).toEqual({
      meetingPoint: "Where to go when you arrive must not be empty: it has only invisible characters",
    });
  });
});

describe("fieldForPath", () => {
  it("maps nested schema paths to the form field that holds them", () => {
    expect(fieldForPath(["whatToExpect", "meetingPoint"])).toBe("meetingPoint");
    expect(fieldForPath(["recurrence", "until"])).toBe("repeatUntil");
    expect(fieldForPath(["recurrence", "byday", 0])).toBe("repeat");
    expect(fieldForPath(["place", "address"])).toBe("newPlaceAddress");
    expect(fieldForPath(["endDate"])).toBe("endTime");
  });
});

describe("flagSubmission", () => {
  const [weekly, newPlace, hostile] = ["weekly-coffee-morning", "one-off-new-place-and-group", "hostile-but-plain-text"]
    .map((name) => loadSubmissionFixtures("valid").find((fixture) => fixture.name === name)!)
    .map((fixture) => {
      const result = readSubmissionForm(fixture.values, submissionContext());
      if (!result.ok) throw new Error(fixture.name);
      return result.submission;
    });

  it("flags a likely duplicate: same title, place and start, ignoring case and punctuation", () => {
    const existing = [{ title: "TUESDAY coffee morning!", place: "bentilee-library", startDate: "2027-01-05T10:00" }];
    expect(flagSubmission(weekly!, existing)).toContain("likely-duplicate");
    expect(flagSubmission(weekly!, [{ ...existing[0]!, startDate: "2027-01-12T10:00" }])).not.toContain(
      "likely-duplicate",
    );
  });

  it("flags links in the text, new places and groups, and trusted groups", () => {
    expect(flagSubmission(hostile!, [])).toContain("contains-links");
    expect(flagSubmission(weekly!, [])).toEqual([]);
    expect(flagSubmission(newPlace!, [])).toEqual(["new-place", "new-group"]);
    expect(flagSubmission(weekly!, [], new Set(["digital-buddies"]))).toEqual(["trusted-group"]);
  });
});

describe("toEventMarkdown", () => {
  it("writes a file that reads back as the same event", async () => {
    const { load } = await import("js-yaml");
    const { toEventMarkdown, eventIdFor, plainTextAsMarkdown } = await import("./publish");
    const fixture = loadSubmissionFixtures("valid").find((item) => item.name === "hostile-but-plain-text")!;
    const result = readSubmissionForm(fixture.values, submissionContext());
    if (!result.ok) throw new Error("fixture should be valid");
    const event = EventSchema.parse(
      toEventFields(result.submission, "bentilee-library", "digital-buddies", "2026-11-26"),
    );
    const markdown = toEventMarkdown(event, result.submission.description);
    const [, frontMatter = "", body = ""] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown) ?? [];
    expect(EventSchema.parse(load(frontMatter))).toEqual(event);
    // The description is written as plain text in Markdown (tests/unit/markdown-export.test.ts).
    expect(body.trim()).toBe(plainTextAsMarkdown(result.submission.description));
    expect(eventIdFor("Tuesday Coffee Morning!", "01JD5X7K2M9Q")).toBe("tuesday-coffee-morning-k2m9q");
  });
});

describe("which fields say (optional)", () => {
  const fixture = loadSubmissionFixtures("valid").find((item) => item.name === "weekly-coffee-morning")!;
  // Needed only after a choice: their hints say when.
  const CONDITIONAL: FormField[] = [
    "repeatUntil",
    "newPlaceName",
    "newPlaceAddress",
    "newGroupName",
    "price",
    "bookingUrl",
    "bookingDetails",
  ];
  // Radios the form shows with an answer already chosen ("Just once", "No, just turn up").
  const ANSWERED = ["repeat", "bookingRequired"];
  const required = FORM_FIELDS.filter(
    (field) => !OPTIONAL_FIELDS.has(field) && !CONDITIONAL.includes(field) && !ANSWERED.includes(field),
  );

  for (const field of OPTIONAL_FIELDS) {
    it(`accepts a form without ${field}, whose label says optional`, () => {
      const result = readSubmissionForm({ ...fixture.values, [field]: undefined }, submissionContext());
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(formLabel(field)).toBe(`${english.event.fields[field]} (optional)`);
    });
  }

  for (const field of required) {
    it(`refuses a form without ${field}, naming it, and does not mark it optional`, () => {
      const result = readSubmissionForm({ ...fixture.values, [field]: undefined }, submissionContext());
      expect(result.ok ? [] : result.errors.map((error) => error.field)).toContain(field);
      expect(formLabel(field)).toBe(english.event.fields[field]);
    });
  }

  it("marks no field that is needed, even after a choice, as optional", () => {
    for (const field of [...CONDITIONAL, ...ANSWERED]) expect(OPTIONAL_FIELDS.has(field as FormField)).toBe(false);
  });
});
