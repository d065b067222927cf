import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";
import { dateChoiceLabel, dayInWords, reportProblemWords, requestProblemWords, whenInWords } from "./form-words";
import {
  REPORT_PROBLEMS,
  REQUEST_PROBLEMS,
  type ProblemCode,
  type ReportProblem,
  type RequestProblem,
} from "./request-form";

/** A problem of each code, with the value its words are made with. */
function example<P extends { field: string; code: ProblemCode }>(field: string, code: ProblemCode): P {
  const values = code === "tooLong" ? { max: 3000 } : /Character$/.test(code) ? { character: "U+202E" } : {};
  return { field, code, ...values } as unknown as P;
}

const every = <T extends Record<string, readonly ProblemCode[]>>(problems: T) =>
  Object.entries(problems).flatMap(([field, codes]) => codes.map((code) => [field, code] as const));

describe("every problem the buddy-up forms find has words in every language", () => {
  it.each(LOCALES)("%s: the request form, each field and code", (locale) => {
    for (const [field, code] of every(REQUEST_PROBLEMS)) {
      const words = requestProblemWords(locale, example<RequestProblem>(field, code));
      expect(words.trim(), `${locale} ${field}.${code}`).not.toBe("");
      expect(words, `${locale} ${field}.${code}`).not.toMatch(/undefined|\{\w+\}/);
      if (code === "tooLong") expect(words).toMatch(/3[,.\s\u00a0\u202f]?000/);
      if (/Character$/.test(code)) expect(words).toContain("U+202E");
      if (locale !== "en") {
        const english = requestProblemWords("en", example<RequestProblem>(field, code));
        expect(words, `${locale} ${field}.${code} is translated`).not.toBe(english);
      }
    }
  });

  it.each(LOCALES)("%s: the report form, each field and code", (locale) => {
    for (const [field, code] of every(REPORT_PROBLEMS)) {
      const words = reportProblemWords(locale, example<ReportProblem>(field, code));
      expect(words.trim(), `${locale} ${field}.${code}`).not.toBe("");
      expect(words, `${locale} ${field}.${code}`).not.toMatch(/undefined|\{\w+\}/);
      if (locale !== "en") expect(words).not.toBe(reportProblemWords("en", example<ReportProblem>(field, code)));
    }
  });

  it("has words for the codes the checks use, and for no others", () => {
    for (const locale of LOCALES) {
      const { request, report } = messagesFor(locale).buddyForms.problems;
      for (const [field, codes] of Object.entries(REQUEST_PROBLEMS)) {
        expect(Object.keys(request[field as keyof typeof request]).sort(), `${locale} ${field}`).toEqual(
          [...codes].sort(),
        );
      }
      for (const [field, codes] of Object.entries(REPORT_PROBLEMS)) {
        expect(Object.keys(report[field as keyof typeof report]).sort(), `${locale} ${field}`).toEqual(
          [...codes].sort(),
        );
      }
    }
  });

  it("says a limit in the language's own plural form", () => {
    expect(requestProblemWords("en", { field: "name", code: "tooLong", max: 40 })).toBe(
      "Your name must be 40 characters or fewer",
    );
    expect(reportProblemWords("en", { field: "message", code: "tooLong", max: 3000 })).toBe(
      "Keep it to 3,000 characters or fewer; a coordinator can ask for more",
    );
    expect(requestProblemWords("pl", { field: "name", code: "tooLong", max: 40 })).toBe(
      "Imię może mieć najwyżej 40 znaków",
    );
    expect(requestProblemWords("ro", { field: "name", code: "tooLong", max: 40 })).toBe(
      "Numele poate avea cel mult 40 de caractere",
    );
  });
});

describe("a request's dates in words", () => {
  it("reads as English always has", () => {
    expect(dayInWords("en", "2026-12-08")).toBe("Tuesday 8 December 2026");
    expect(whenInWords("en", "2026-12-08", "10:00")).toBe("Tuesday 8 December 2026 at 10:00");
    expect(dateChoiceLabel("en", "2026-12-01", "10:00")).toBe("Tuesday 1 December, 10:00");
  });

  it("reads in each language's own words, with Western digits in Arabic", () => {
    expect(dayInWords("pl", "2026-12-08")).toMatch(/wtorek.*8 grudnia 2026/);
    expect(dayInWords("ro", "2026-12-08")).toMatch(/marți.*8 decembrie 2026/);
    expect(whenInWords("ar", "2026-12-08", "10:00")).toMatch(/2026.*10:00/);
    expect(dateChoiceLabel("ur", "2026-12-01", "10:00")).toContain("10:00");
  });
});
