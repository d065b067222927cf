/** Flags that draw a moderator's eye to a submission: a likely duplicate, or links in its text. */
import type { Submission } from "./schema";

/** Why a moderator should look twice. */
export const FLAGS = ["likely-duplicate", "contains-links", "new-place", "new-group", "trusted-group"] as const;
/** Why a moderator should look twice. */
export type Flag = (typeof FLAGS)[number];

/** What makes two listings the same event: title, place and start. */
export interface EventKey {
  title: string;
  place: string;
  startDate: string;
}

/** Words only, lower case, so "Coffee Morning!" and "coffee  morning" match. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The comparable key of a submission's title, place and start.
 * @example keyOf({ title: "Coffee Morning!", place: "hanley-library", startDate: "2026-12-01T10:00" })
 */
export function keyOf(event: EventKey): string {
  return `${normalise(event.title)}|${normalise(event.place)}|${event.startDate}`;
}

/** The place a submission names, for comparing: a known id or the new place's name. */
export function placeNameOf(submission: Pick<Submission, "place">): string {
  return submission.place.kind === "known" ? submission.place.id : submission.place.name;
}

const LINK = /\b(?:https?:\/\/|www\.)|\b[a-z0-9-]+\.(?:com|net|org|co\.uk|uk|io|ru|xyz|info|biz)\b/i;

/** The flags for a new submission, given the keys of listings already known (published or waiting). */
export function flagSubmission(
  submission: Submission,
  existing: readonly EventKey[],
  trustedGroups: ReadonlySet<string> = new Set(),
): Flag[] {
  const flags: Flag[] = [];
  const key = keyOf({ title: submission.title, place: placeNameOf(submission), startDate: submission.startDate });
  if (existing.some((other) => keyOf(other) === key)) flags.push("likely-duplicate");
  const prose = [
    submission.title,
    submission.summary,
    submission.description,
    submission.accessibilityNotes,
    submission.whatToExpect.attendeeInstructions,
    submission.whatToExpect.meetingPoint,
    submission.whatToExpect.whatToBring,
    submission.whatToExpect.whoGreetsYou,
    submission.price,
  ];
  if (prose.some((text) => text !== undefined && LINK.test(text))) flags.push("contains-links");
  if (submission.place.kind === "new") flags.push("new-place");
  if (submission.group.kind === "new") flags.push("new-group");
  if (submission.group.kind === "known" && trustedGroups.has(submission.group.id)) flags.push("trusted-group");
  return flags;
}

/** What each flag means, for the console. */
export const FLAG_LABELS: Record<Flag, string> = {
  "likely-duplicate": "Likely duplicate: same title, place and start as another listing",
  "contains-links": "Contains links in its text",
  "new-place": "New place: choose a listed place before approving, or add it to content/places/",
  "new-group": "New group: choose a listed group before approving, or add it to content/groups/",
  "trusted-group": "From a trusted group",
};
