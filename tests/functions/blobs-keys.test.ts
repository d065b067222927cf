import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAndCount, timeStamp } from "../../netlify/lib/blobs-keys";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";

let blobs: LocalBlobs;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(async () => {
  await blobs.stop();
});

const TEN_MINUTES = 10 * 60 * 1000;

describe("recordAndCount", () => {
  it("counts the requests within the window, this one included, and none older", async () => {
    const store = blobs.open("rate-window");
    const now = new Date("2026-12-04T10:00:00Z");
    const at = (msBefore: number) => new Date(now.getTime() - msBefore);
    // Older than the window: an hour, a day and a year before.
    for (const before of [60 * 60 * 1000, 24 * 60 * 60 * 1000, 365 * 24 * 60 * 60 * 1000]) {
      await recordAndCount(store, "rate/client-a/", at(before), TEN_MINUTES);
    }
    // Within it: at its very start, and a minute before now.
    await recordAndCount(store, "rate/client-a/", at(TEN_MINUTES), TEN_MINUTES);
    await recordAndCount(store, "rate/client-a/", at(60_000), TEN_MINUTES);
    // Another client's requests are never counted.
    await recordAndCount(store, "rate/client-b/", at(30_000), TEN_MINUTES);
    expect(await recordAndCount(store, "rate/client-a/", now, TEN_MINUTES)).toBe(3);
  });

  it("counts across a change in the time stamp's leading digits", async () => {
    const store = blobs.open("rate-rollover");
    // A moment whose stamp ends in zeros: the window before it has different leading digits.
    const rollover = parseInt(timeStamp(new Date("2026-12-04T10:00:00Z")).slice(0, 5) + "0000", 36);
    const now = new Date(rollover + 60_000);
    await recordAndCount(store, "rate/c/", new Date(rollover - 120_000), TEN_MINUTES);
    await recordAndCount(store, "rate/c/", new Date(rollover - 20 * 60_000), TEN_MINUTES);
    expect(await recordAndCount(store, "rate/c/", now, TEN_MINUTES)).toBe(2);
  });
});
