import { describe, expect, it } from "vitest";
import { submissionContext } from "../../../tests/support/submission-context";
import { loadFormFixtures, loadSubmissionFixtures } from "../../../tests/support/submissions";
import { LOCALES } from "../i18n/locales";
import { REQUEST_CODES, REQUEST_FIELDS, readSourceRequestForm } from "../import/source-request";
import { requestWords, submissionWords } from "./catalogue-words";
import { FORM_FIELDS, SUBMISSION_CODES, readSubmissionForm, type FieldError } from "./form";
import { describeRequestProblems, describeSubmissionProblems } from "./form-words";
import { SCHEMA_CODES, schemaProblem } from "./problems";

// The values each code's sentence may name, and a sample of each.
const SAMPLE = { max: 280, character: "U+202E", lastDate: "2027-01-04", first: "2027-01-05", message: "is wrong" };
const SLOTS = new Set(["field", ...Object.keys(SAMPLE)]);
const slotsOf = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

describe("every problem has words in every language", () => {
  for (const locale of LOCALES) {
    const event = submissionWords(locale);
    const request = requestWords(locale);

    it(`${locale}: a sentence for each code of the event form, naming only the values it is given`, () => {
      for (const code of [...SCHEMA_CODES, ...SUBMISSION_CODES]) {
        for (const field of FORM_FIELDS) {
          const problem = { field, code, values: SAMPLE } as FieldError;
          const [said] = describeSubmissionProblems(event, [problem]);
          expect(said!.message, `${code} on ${field}`).not.toMatch(/\{\w+\}/);
          expect(said!.message.trim(), `${code} on ${field}`).not.toBe("");
        }
        const template = { ...event.problems, ...event.event.problems }[code];
        expect(template, code).toBeDefined();
        for (const slot of slotsOf(template!)) expect(SLOTS.has(slot), `${code}: {${slot}}`).toBe(true);
      }
    });

    it(`${locale}: a sentence for each code of the calendar request form`, () => {
      for (const code of [...SCHEMA_CODES, ...REQUEST_CODES]) {
        for (const field of REQUEST_FIELDS) {
          const [said] = describeRequestProblems(request, [{ field, code, values: SAMPLE }]);
          expect(said!.message, `${code} on ${field}`).not.toMatch(/\{\w+\}/);
        }
        expect({ ...request.problems, ...request.calendar.problems }[code], code).toBeDefined();
      }
    });

    it(`${locale}: a label for every field, and every choice the forms offer`, () => {
      for (const field of FORM_FIELDS) expect(event.event.fields[field], field).toBeTruthy();
      for (const field of REQUEST_FIELDS) {
        expect(request.calendar.fields[field], field).toBeTruthy();
        expect(request.calendar.subjects[field], field).toBeTruthy();
      }
    });

    if (locale !== "en") {
      it(`${locale}: says a problem in its own words, never English's`, () => {
        const english = submissionWords("en");
        for (const code of [...SCHEMA_CODES, ...SUBMISSION_CODES]) {
          const problem = { field: "title", code, values: SAMPLE } as FieldError;
          const ours = describeSubmissionProblems(event, [problem])[0]!.message;
          expect(ours, code).not.toBe(describeSubmissionProblems(english, [problem])[0]!.message);
          // The check's own English words ({message}) are for English only.
          expect(ours, code).not.toContain(SAMPLE.message);
        }
      });
    }
  }
});

describe("the same mistake in each language", () => {
  const weekly = loadSubmissionFixtures("valid").find((fixture) => fixture.name === "weekly-coffee-morning")!;
  const read = (changes: Record<string, string>, today?: string) => {
    const result = readSubmissionForm({ ...weekly.values, ...changes }, submissionContext(today));
    if (result.ok) throw new Error("expected problems");
    return result.errors;
  };

  it("finds one problem in no language, and each language says it naming the field in its own words", () => {
    const problems = read({ title: "" });
    expect(problems).toEqual([{ field: "title", code: "empty" }]);
    const said = (locale: (typeof LOCALES)[number]) =>
      describeSubmissionProblems(submissionWords(locale), problems)[0]!.message;
    expect(said("en")).toBe("Event name must not be empty");
    expect(said("pl")).toBe("Uzupełnij pole „Nazwa wydarzenia”");
    expect(said("ro")).toBe("Completează câmpul „Numele evenimentului”");
    expect(said("ur")).toBe("“تقریب کا نام” خالی نہیں ہو سکتا");
    expect(said("ar")).toBe("لا يمكن أن يبقى حقل “اسم الفعالية” فارغًا");
  });

  it("writes a date in the language, and numbers in Western digits in Arabic", () => {
    const tooFar = read({}, "2025-01-04");
    expect(tooFar).toEqual([{ field: "date", code: "dateTooFar", values: { lastDate: "2027-01-04" } }]);
    expect(describeSubmissionProblems(submissionWords("en"), tooFar)[0]!.message).toContain("4 January 2027");
    expect(describeSubmissionProblems(submissionWords("pl"), tooFar)[0]!.message).toContain("4 stycznia 2027");
    expect(describeSubmissionProblems(submissionWords("ro"), tooFar)[0]!.message).toContain("4 ianuarie 2027");
    const long = read({ summary: "x".repeat(281) });
    expect(long).toEqual([{ field: "summary", code: "tooLong", values: { max: 280 } }]);
    expect(describeSubmissionProblems(submissionWords("ar"), long)[0]!.message).toContain("280");
  });

  it("says the calendar request form's problems in the language too", () => {
    const empty = loadFormFixtures("source-requests", "invalid").find((fixture) => fixture.name === "empty-form")!;
    const result = readSourceRequestForm(empty.values, submissionContext().listed!);
    if (result.ok) throw new Error("expected problems");
    expect(result.errors.map((error) => error.code)).toEqual(["groupMissing", "urlMissing", "emailMissing"]);
    const polish = describeRequestProblems(requestWords("pl"), result.errors).map((error) => error.message);
    expect(polish).toContain("Wpisz swój adres e-mail, żebyśmy mogli odpowiedzieć");
  });
});

describe("schemaProblem", () => {
  it("reads the shared schemas' issues as codes with their values", () => {
    const issue = (message: string) => ({ code: "custom" as const, message, path: [], input: "" });
    expect(schemaProblem(issue("must be 2,048 characters or fewer"))).toEqual({
      code: "tooLong",
      values: { max: 2048 },
    });
    expect(schemaProblem(issue("must not contain hidden control characters (it has U+0007): type it"))).toEqual({
      code: "controlCharacter",
      values: { character: "U+0007" },
    });
    expect(schemaProblem(issue("something new"))).toEqual({ code: "other", values: { message: "something new" } });
  });
});
