import { describe, expect, it } from "vitest";
import { loadFormFixtures } from "../../../tests/support/submissions";
import { submissionContext } from "../../../tests/support/submission-context";
import { SourceSchema } from "../domain/source";
import { requestWords } from "../submissions/catalogue-words";
import { describeRequestProblems } from "../submissions/form-words";
import {
  REQUEST_FIELDS,
  StoredSourceRequestSchema,
  readSourceRequestForm,
  suggestedSourceName,
  toRequestView,
} from "./source-request";

const listed = submissionContext().listed!;
const valid = loadFormFixtures("source-requests", "valid");
const invalid = loadFormFixtures("source-requests", "invalid");

describe("reading a group's request for its calendar to be added", () => {
  it.each(valid.map((fixture) => [fixture.name, fixture] as const))("accepts %s", (_name, fixture) => {
    const result = readSourceRequestForm(fixture.values, listed);
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  it.each(invalid.map((fixture) => [fixture.name, fixture] as const))(
    "names every field that needs changing: %s",
    (_name, fixture) => {
      const result = readSourceRequestForm(fixture.values, listed);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const said = describeRequestProblems(requestWords("en"), result.errors);
      expect(Object.fromEntries(said.map((error) => [error.field, error.message]))).toEqual(fixture.errors);
    },
  );

  it("lists the problems in the order the fields are on the page", () => {
    const result = readSourceRequestForm(invalid.find((each) => each.name === "empty-form")!.values, listed);
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(["groupId", "url", "contactEmail"]);
    const order: readonly string[] = REQUEST_FIELDS;
    for (const fixture of invalid) {
      const found = readSourceRequestForm(fixture.values, listed);
      const fields = found.ok ? [] : found.errors.map((error) => error.field);
      expect(fields).toEqual([...fields].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    }
  });

  it("keeps a webcal:// address as the same feed over https://, as a source stores it", () => {
    const fixture = valid.find((each) => each.name === "new-group-apple-webcal")!;
    const result = readSourceRequestForm(fixture.values, listed);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.request).toEqual({
      group: { kind: "new", name: "Meir Park Litter Pickers" },
      url: "https://p01-calendars.icloud.com/published/2/MTIzNDU2Nzg5MDEyMzQ1Njc4OTA",
      calendar: "apple",
      placeWords: "Meir Park, by the bandstand",
      share: false,
      contactEmail: "pickers@example.org",
    });
    // The address a group sends is one a moderator can add as a source unchanged.
    expect(
      SourceSchema.safeParse({
        name: suggestedSourceName("Meir Park Litter Pickers"),
        url: result.request.url,
        group: "digital-buddies",
        categories: ["nature-outdoors"],
        free: true,
        lastChecked: "2027-01-05",
      }).success,
    ).toBe(true);
  });

  it("takes a typed group name without 'A group not listed' chosen as a new group", () => {
    const result = readSourceRequestForm(
      { groupName: "Fenton Friends", url: "https://example.org/cal.ics", contactEmail: "a@example.org" },
      listed,
    );
    expect(result.ok && result.request.group).toEqual({ kind: "new", name: "Fenton Friends" });
  });

  it("stores line breaks as LF and text in NFC, and leaves out empty optional answers", () => {
    const result = readSourceRequestForm(
      {
        groupId: "digital-buddies",
        url: " https://Example.org/Events ",
        calendar: "",
        placeId: "",
        placeWords: "  ",
        contactEmail: "volunteer@example.org",
        note: "Cafe\u0301 on Fridays\r\nAsk Jo",
      },
      listed,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.request).toEqual({
      group: { kind: "known", id: "digital-buddies" },
      url: "https://example.org/Events",
      share: false,
      contactEmail: "volunteer@example.org",
      note: "Café on Fridays\nAsk Jo",
    });
  });

  it("takes the group's word that anyone may share its events only when the box is ticked", () => {
    const form = { groupId: "digital-buddies", url: "https://example.org/cal.ics", contactEmail: "a@example.org" };
    const ticked = readSourceRequestForm({ ...form, share: "yes" }, listed);
    expect(ticked.ok && ticked.request.share).toBe(true);
    for (const share of [undefined, "", "no"]) {
      const result = readSourceRequestForm({ ...form, share }, listed);
      expect(result.ok && result.request.share).toBe(false);
    }
  });
});

describe("a stored request", () => {
  it("is sent to the console without the sender's hashed address", () => {
    const record = StoredSourceRequestSchema.parse({
      id: "0mx6sg000abcdef12",
      receivedAt: "2027-01-05T10:00:00.000Z",
      clientHash: "hash-of-the-address",
      group: { kind: "known", id: "digital-buddies" },
      url: "https://example.org/cal.ics",
      contactEmail: "volunteer@example.org",
    });
    const view = toRequestView(record);
    expect(view).not.toHaveProperty("clientHash");
    expect(view.contactEmail).toBe("volunteer@example.org");
  });

  it("suggests a source's name from the group's", () => {
    expect(suggestedSourceName("Meir Welcome Circle")).toBe("Meir Welcome Circle's own calendar");
    expect(suggestedSourceName("Hanley Health Walks")).toBe("Hanley Health Walks' own calendar");
  });
});
