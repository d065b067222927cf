import { describe, expect, it } from "vitest";
import { submissionContext } from "../../../tests/support/submission-context";
import { loadSubmissionFixtures } from "../../../tests/support/submissions";
import { readSubmissionForm } from "./form";
import { StoredSubmissionSchema, toPublishedEvent, toSummary, type StoredSubmission } from "./model";

function storedFrom(name: string): StoredSubmission {
  const fixture = loadSubmissionFixtures("valid").find((item) => item.name === name)!;
  const result = readSubmissionForm(fixture.values, submissionContext());
  if (!result.ok) throw new Error(`${name} does not read`);
  const { contactEmail, consent: _consent, ...event } = result.submission;
  return {
    id: "mabc123xyz0",
    reference: "ST-MABC123XYZ0",
    receivedAt: "2026-11-26T10:05:00.000Z",
    status: "pending",
    event,
    contactEmail,
    emailHash: "e",
    clientHash: "c",
    tokenHash: "t",
    flags: [],
  };
}

describe("StoredSubmissionSchema", () => {
  it("reads back a record exactly as it was stored", () => {
    for (const name of ["weekly-coffee-morning", "one-off-new-place-and-group", "hostile-but-plain-text"]) {
      const stored = JSON.parse(JSON.stringify(storedFrom(name))) as unknown;
      expect(StoredSubmissionSchema.parse(stored)).toEqual(stored);
    }
  });

  it("refuses a record whose status is not a moderation status", () => {
    const stored = { ...storedFrom("weekly-coffee-morning"), status: "published" };
    expect(StoredSubmissionSchema.safeParse(stored).success).toBe(false);
  });
});

describe("toPublishedEvent", () => {
  it("publishes a submission at listed places under an id made from its title and reference", () => {
    const published = toPublishedEvent(storedFrom("weekly-coffee-morning"), "2026-12-03");
    expect(published.ok && published.id).toBe("tuesday-coffee-morning-3xyz0");
    expect(published.ok && published.event).toMatchObject({
      title: "Tuesday coffee morning",
      place: "bentilee-library",
      organizer: "digital-buddies",
      source: "submitted",
      lastChecked: "2026-12-03",
    });
  });

  it("keeps the id decided when it was approved", () => {
    const record = { ...storedFrom("weekly-coffee-morning"), decision: { by: "sam", at: "x", eventId: "coffee" } };
    const published = toPublishedEvent(record, "2026-12-03");
    expect(published.ok && published.id).toBe("coffee");
  });

  it("names the place and group a moderator must choose before a new one can be published", () => {
    const published = toPublishedEvent(storedFrom("one-off-new-place-and-group"), "2026-12-03");
    expect(published.ok ? {} : published.problems).toEqual({
      placeId: "Choose a listed place (or add the new one to content/places/) first",
      groupId: "Choose a listed group (or add the new one to content/groups/) first",
    });
  });
});

describe("toSummary", () => {
  it("lists a submission by its title and start, never its contact or hashes", () => {
    const summary = toSummary(storedFrom("weekly-coffee-morning"));
    expect(summary).toMatchObject({ title: "Tuesday coffee morning", status: "pending" });
    expect(JSON.stringify(summary)).not.toMatch(/volunteer@example\.org|emailHash|tokenHash/);
  });
});
