import { describe, expect, it } from "vitest";
import { reportProblemWords, requestProblemWords } from "./form-words";
import { readReportForm, readRequestForm, type FormValues } from "./request-form";

const DATES = [
  { date: "2026-12-01", startTime: "10:00", label: "Tuesday 1 December, 10:00" },
  { date: "2026-12-08", startTime: "10:00", label: "Tuesday 8 December, 10:00" },
];

const VALID = {
  date: "2026-12-08",
  name: "Amina",
  contactMethod: "email",
  email: "amina@example.org",
  phone: "",
  accessNeeds: "I use a walking frame",
  preferences: "A woman, if possible",
  adult: "yes",
  consent: "yes",
};

function requestErrors(changes: FormValues): Record<string, string> {
  const result = readRequestForm({ ...VALID, ...changes }, DATES);
  return result.ok
    ? {}
    : Object.fromEntries(result.errors.map((error) => [error.field, requestProblemWords("en", error)]));
}

function reportErrors(values: FormValues): Record<string, string> {
  const result = readReportForm(values);
  return result.ok
    ? {}
    : Object.fromEntries(result.errors.map((error) => [error.field, reportProblemWords("en", error)]));
}

describe("readRequestForm", () => {
  it("takes a request with one of the dates offered", () => {
    const result = readRequestForm(VALID, DATES);
    expect(result.ok && result.request).toEqual({
      date: "2026-12-08",
      startTime: "10:00",
      name: "Amina",
      contact: { email: "amina@example.org" },
      accessNeeds: "I use a walking frame",
      preferences: "A woman, if possible",
    });
  });

  it("refuses a value outside each choice on its own field, saying what to choose", () => {
    expect(requestErrors({ date: "2026-12-02" })).toEqual({
      date: "Choose one of the dates listed: the date you sent is not one we can arrange a buddy for",
    });
    expect(requestErrors({ contactMethod: "post" })).toEqual({
      contactMethod: "Choose whether the coordinator should email or phone you",
    });
    expect(requestErrors({ adult: "no" })).toEqual({
      adult: "Confirm that you are 18 or over. If you are under 18, youth services can help instead",
    });
    expect(requestErrors({ consent: "true" })).toEqual({
      consent: "Tick the box to agree to the code of conduct and to us keeping your details until after the event",
    });
  });

  it("refuses control characters and characters that reorder text, naming the field", () => {
    expect(
      requestErrors({ name: "Ami\u202Ena", accessNeeds: "Slow\u0007 walker", preferences: "\u2067Urdu\u2069" }),
    ).toEqual({
      name: "Your name must not contain hidden characters that change the direction of the text (it has U+202E): type it again rather than pasting it",
      accessNeeds:
        "Access needs must not contain hidden control characters (it has U+0007): type it again rather than pasting it",
      preferences:
        "Preferences must not contain hidden characters that change the direction of the text (it has U+2067): type it again rather than pasting it",
    });
  });

  it("refuses answers of only invisible characters, and leaves empty optional answers out", () => {
    expect(requestErrors({ name: "\u200B\u200B", accessNeeds: "\u2060", preferences: "\u200D" })).toEqual({
      name: "Enter your first name, or what you would like to be called",
      accessNeeds: "Access needs must not be only invisible characters: write them, or leave the box empty",
      preferences: "Preferences must not be only invisible characters: write them, or leave the box empty",
    });
    const result = readRequestForm({ ...VALID, accessNeeds: "", preferences: "" }, DATES);
    expect(result.ok && result.request).not.toHaveProperty("accessNeeds");
  });

  it("keeps what was typed in NFC, with LF line breaks", () => {
    const result = readRequestForm(
      { ...VALID, name: "Zo\u0308e", accessNeeds: "Slow walker\r\nHard of hearing" },
      DATES,
    );
    expect(result.ok && [result.request.name, result.request.accessNeeds]).toEqual([
      "Zöe",
      "Slow walker\nHard of hearing",
    ]);
  });
});

describe("readReportForm", () => {
  it("takes a report, in NFC with LF line breaks", () => {
    const result = readReportForm({ message: "The cafe\u0301 was closed.\r\nNobody came.", contact: "" });
    expect(result.ok && result.report).toEqual({ message: "The café was closed.\nNobody came." });
  });

  it("does not count invisible characters towards a sentence", () => {
    expect(reportErrors({ message: `Help${"\u200B".repeat(20)}`, contact: "" })).toEqual({
      message: "Tell us what happened or what worries you, in a sentence or more",
    });
  });

  it("refuses control characters and characters that reorder text, and a reply address of only invisible ones", () => {
    expect(reportErrors({ message: "Someone was rude to me\u0085 at the walk.", contact: "\u200B" })).toEqual({
      message:
        "Your report must not contain hidden control characters (it has U+0085): type it again rather than pasting it",
      contact:
        "How we can reply must not be only invisible characters: write an email or phone number, or leave it empty",
    });
    expect(reportErrors({ message: "Someone was rude to me at the walk.", contact: "07700\u202D900123" })).toEqual({
      contact:
        "How we can reply must not contain hidden characters that change the direction of the text (it has U+202D): type it again rather than pasting it",
    });
  });
});
