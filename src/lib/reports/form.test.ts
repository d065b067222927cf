import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { LISTING_REPORT_PROBLEMS, MAX_DETAILS, contactOf, readListingReport, type ReportProblem } from "./form";
import { listingPath, parseListing } from "./model";
import { reportProblemWords, reportProblemsInWords } from "./words";

const listed = (listing: { kind: string; id: string }) =>
  listing.kind === "events" && listing.id === "fenton-chair-yoga";
const good = {
  listing: "events/fenton-chair-yoga",
  reason: "time",
  details: "It starts at 11:00 now, not 10:00.",
  contact: "",
  lang: "en",
};

describe("readListingReport", () => {
  it("accepts a full report, with line breaks as LF and no contact", () => {
    const result = readListingReport({ ...good, details: "Now 11:00\r\non Tuesdays." }, listed);
    expect(result).toEqual({
      ok: true,
      report: {
        listing: { kind: "events", id: "fenton-chair-yoga" },
        reason: "time",
        details: "Now 11:00\non Tuesdays.",
      },
    });
  });

  it("takes a cancellation without details, but needs them for a new time", () => {
    expect(readListingReport({ ...good, reason: "cancelled", details: "" }, listed).ok).toBe(true);
    expect(readListingReport({ ...good, details: "  " }, listed)).toEqual({
      ok: false,
      errors: [{ field: "details", code: "required" }],
    });
    expect(readListingReport({ ...good, details: "11am" }, listed)).toEqual({
      ok: false,
      errors: [{ field: "details", code: "tooShort", min: 10 }],
    });
  });

  it("refuses a listing that is not on the site, or not named at all", () => {
    expect(readListingReport({ ...good, listing: "events/not-here" }, listed)).toMatchObject({
      errors: [{ field: "listing", code: "notListed" }],
    });
    expect(readListingReport({ ...good, listing: "../etc/passwd" }, listed)).toMatchObject({
      errors: [{ field: "listing", code: "notListed" }],
    });
    expect(readListingReport({ ...good, listing: "" }, listed)).toMatchObject({
      errors: [{ field: "listing", code: "required" }],
    });
  });

  it("names every field's problem in page order", () => {
    const result = readListingReport(
      { listing: "", reason: "made-up", details: "x".repeat(MAX_DETAILS + 1), contact: "not a contact" },
      listed,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: "listing", code: "required" },
        { field: "reason", code: "required" },
        { field: "details", code: "tooLong", max: MAX_DETAILS },
        { field: "contact", code: "invalid" },
      ],
    });
  });

  it("refuses hidden characters and HTML in the details, naming the character", () => {
    expect(readListingReport({ ...good, details: "Starts at 11:00 \u202Enow" }, listed)).toMatchObject({
      errors: [{ field: "details", code: "directionCharacter", character: "U+202E" }],
    });
    expect(readListingReport({ ...good, details: "Starts <script>x</script>" }, listed)).toMatchObject({
      errors: [{ field: "details", code: "notPlain" }],
    });
  });

  it("keeps a contact only as an email address or a phone number", () => {
    expect(contactOf("sam@example.com")).toEqual({ email: "sam@example.com" });
    expect(contactOf("07700 900123")).toEqual({ phone: "07700 900123" });
    expect(contactOf("+44 (0)1782 123456")).toEqual({ phone: "+44 (0)1782 123456" });
    expect(contactOf("123")).toBeUndefined();
    expect(contactOf("sam@")).toBeUndefined();
    const result = readListingReport({ ...good, contact: " sam@example.com " }, listed);
    expect(result.ok && result.report.contact).toEqual({ email: "sam@example.com" });
    expect(readListingReport({ ...good, contact: `${"a".repeat(200)}@example.com` }, listed)).toMatchObject({
      errors: [{ field: "contact", code: "tooLong", max: 200 }],
    });
  });
});

describe("the listing a report names", () => {
  it("reads only the four kinds and a slug", () => {
    expect(parseListing("places/fenton-library")).toEqual({ kind: "places", id: "fenton-library" });
    expect(parseListing("users/alex")).toBeUndefined();
    expect(parseListing("events/Fenton")).toBeUndefined();
    expect(listingPath({ kind: "services", id: "food-bank" })).toBe("/services/food-bank/");
  });
});

describe("problems in words", () => {
  const every: ReportProblem[] = Object.entries(LISTING_REPORT_PROBLEMS).flatMap(([field, codes]) =>
    codes.map((code) => ({ field, code, max: 2000, min: 10, character: "U+202E" }) as ReportProblem),
  );

  it("says every problem in every language, with its limit or character", () => {
    for (const locale of LOCALES) {
      for (const problem of every) {
        const words = reportProblemWords(locale, problem);
        expect(words.length, `${locale} ${problem.field}.${problem.code}`).toBeGreaterThan(5);
        if (problem.code === "directionCharacter") expect(words).toContain("U+202E");
      }
    }
    expect(reportProblemWords("en", { field: "details", code: "tooLong", max: 2000 })).toBe(
      "What should it say must be 2,000 characters or fewer",
    );
    expect(reportProblemWords("pl", { field: "details", code: "tooShort", min: 10 })).toContain("10 znaków");
  });

  it("keeps each problem's field for the summary's links", () => {
    expect(reportProblemsInWords("ur", [{ field: "reason", code: "required" }])).toEqual([
      { field: "reason", message: "منتخب کریں کہ کیا غلط ہے" },
    ]);
  });
});
