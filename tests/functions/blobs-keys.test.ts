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
      await recordAndCount(store, "rate/", "client-a", at(before), TEN_MINUTES);
    }
    // Within it: at its very start, and a minute before now.
    await recordAndCount(store, "rate/", "client-a", at(TEN_MINUTES), TEN_MINUTES);
    await recordAndCount(store, "rate/", "client-a", at(60_000), TEN_MINUTES);
    // Another client's requests are never counted.
    await recordAndCount(store, "rate/", "client-b", at(30_000), TEN_MINUTES);
    expect(await recordAndCount(store, "rate/", "client-a", now, TEN_MINUTES)).toBe(3);
  });

  it("counts across time buckets (about 28 minutes each) and across their groups (about 19 days each)", async () => {
    const store = blobs.open("rate-rollover");
    // A moment whose stamp ends in zeros starts a bucket: the window before it reaches into the last one.
    const rollover = parseInt(timeStamp(new Date("2026-12-04T10:00:00Z")).slice(0, 5) + "0000", 36);
    const now = new Date(rollover + 60_000);
    await recordAndCount(store, "rate/", "c", new Date(rollover - 120_000), TEN_MINUTES);
    await recordAndCount(store, "rate/", "c", new Date(rollover - 20 * 60_000), TEN_MINUTES);
    expect(await recordAndCount(store, "rate/", "c", now, TEN_MINUTES)).toBe(2);
    // The same across a group's end, where the first four digits change too.
    const group = parseInt(timeStamp(new Date("2026-12-04T10:00:00Z")).slice(0, 4) + "00000", 36);
    await recordAndCount(store, "rate/", "d", new Date(group - 60_000), TEN_MINUTES);
    expect(await recordAndCount(store, "rate/", "d", new Date(group + 60_000), TEN_MINUTES)).toBe(2);
  });

  it("keeps each client's keys in its own folder within a time bucket", async () => {
    const store = blobs.open("rate-layout");
    const now = new Date("2026-12-04T10:00:00Z");
    await recordAndCount(store, "rate/", "client-a", now, TEN_MINUTES);
    const { blobs: keys } = await store.list({ prefix: "rate/" });
    const stamp = timeStamp(now);
    expect(keys.map((blob) => blob.key)).toEqual([
      expect.stringMatching(new RegExp(`^rate/${stamp.slice(0, 4)}/${stamp[4]}/client-a/${stamp}-[0-9a-f]{8}$`)),
    ]);
  });
});
