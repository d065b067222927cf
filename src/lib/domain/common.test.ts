import { describe, expect, it } from "vitest";
import { hiddenCharacterProblem, isBlank, plainLine, plainText, shownLength } from "./common";
import { EventSchema } from "./event";

function problem(schema: ReturnType<typeof plainText>, text: string): string | undefined {
  const result = schema.safeParse(text);
  return result.success ? undefined : result.error.issues[0]?.message;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

describe("plainLine and plainText", () => {
  it("store text in Unicode NFC, so the same words are stored the same way however they were typed", () => {
    expect(plainLine(20).parse("Cafe\u0301 morning")).toBe("Café morning");
    expect(plainText(20).parse("  Zaz\u0307o\u0301\u0142c\u0301  ")).toBe("Zażółć");
    // Five letters once composed, though ten code units as typed.
    expect(plainLine(5).safeParse("e\u0301e\u0301e\u0301e\u0301e\u0301").success).toBe(true);
  });

  it("keep line breaks in a paragraph as LF, as a browser sends CR LF", () => {
    expect(plainText(40).parse("Line one\r\nLine two\rLine three")).toBe("Line one\nLine two\nLine three");
    expect(problem(plainLine(40), "Line one\r\nLine two")).toBe("must be a single line");
  });

  it("refuse every C0 control character but tab and the line breaks, DEL, and every C1 control character", () => {
    const refused = [
      ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x09, 0x0a, 0x0d].includes(code)),
      ...Array.from({ length: 0x21 }, (_, index) => 0x7f + index),
    ];
    expect(refused).toHaveLength(29 + 33);
    for (const code of refused) {
      const text = `Coffee ${String.fromCharCode(code)}morning`;
      expect(problem(plainText(40), text), hex(code)).toBe(
        `must not contain hidden control characters (it has ${hex(code)}): type it again rather than pasting it`,
      );
    }
    expect(plainText(40).parse("Tea\tand\ncake")).toBe("Tea\tand\ncake");
  });

  it("refuse the embeddings, overrides and isolates that reorder text, and keep the marks right-to-left text needs", () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(problem(plainLine(40), `abc${String.fromCharCode(code)}def`), hex(code)).toBe(
        `must not contain hidden characters that change the direction of the text (it has ${hex(code)}): type it again rather than pasting it`,
      );
    }
    const rightToLeft = "چائے اور گپ شپ\u200F (Urdu) \u200E\u061C";
    expect(plainLine(60).parse(rightToLeft)).toBe(rightToLeft);
  });

  it("refuse text that is empty once invisible characters are removed", () => {
    for (const text of ["\u200B", "\u200B \u2060", "\u00AD\u034F", "\u3164", "\u2800", "\uFE0F", "\u200D\u200C"]) {
      expect(problem(plainLine(20), text), JSON.stringify(text)).toBe(
        "must not be empty: it has only invisible characters",
      );
      expect(problem(plainText(20), text), JSON.stringify(text)).toBe(
        "must not be empty: it has only invisible characters",
      );
    }
    expect(problem(plainLine(20), "   ")).toBe("must not be empty");
    expect(plainLine(20).parse("☕\uFE0F")).toBe("☕\uFE0F");
  });

  it("apply to content files too, where a past date is still fine", () => {
    const event = {
      title: "Coffee morning",
      summary: "A cuppa and a chat.",
      startDate: "2020-03-03T10:00",
      endDate: "2020-03-03T12:00",
      place: "tunstall-library",
      organizer: "tunstall-neighbours",
      categories: ["social-meetups"],
      audiences: ["everyone"],
      isAccessibleForFree: true,
      lastChecked: "2020-02-20",
    };
    expect(EventSchema.safeParse(event).success).toBe(true);
    expect(EventSchema.safeParse({ ...event, title: "Coffee \u202Emorning" }).success).toBe(false);
    expect(EventSchema.parse({ ...event, title: "Cafe\u0301 morning" }).title).toBe("Café morning");
  });
});

describe("hiddenCharacterProblem, isBlank and shownLength", () => {
  it("name the first hidden character found, and nothing for ordinary text", () => {
    expect(hiddenCharacterProblem("Tea\u0000 and \u202E")).toMatch(/control characters \(it has U\+0000\)/);
    expect(hiddenCharacterProblem("Tea and cake\n\tfor all")).toBeUndefined();
  });

  it("count only what is shown", () => {
    expect(isBlank(" \u200B\uFEFF ")).toBe(true);
    expect(isBlank("a\u200B")).toBe(false);
    expect(shownLength("a\u200Bb c")).toBe(4);
    expect(shownLength("\u200B".repeat(20))).toBe(0);
  });
});
