/**
 * The open data read from another site's page in a browser, as a directory's own page would: the events API and
 * the OpenActive feeds answer a page of another origin: a bare page from a server of the test's own.
 */
import { expect, test } from "./fixtures";
import { serveOtherSite } from "./other-site";

test("another site's page can read the events API and the OpenActive feeds, and page through them", async ({
  page,
  baseURL,
  testHosts,
}, testInfo) => {
  const site = new URL(baseURL!);
  const directory = await serveOtherSite(
    { "/": { html: "<!doctype html><html lang=en><title>A directory</title><h1>A directory</h1></html>" } },
    testInfo.workerIndex,
    testHosts,
  );
  await page.goto(`${directory.origin}/`);
  const read = await page.evaluate(async (origin) => {
    const events = await fetch(`${origin}/api/events?examples=1&limit=5`);
    const body = (await events.json()) as { items: { identifier: string }[]; next: string | null; total: number };
    const second = body.next
      ? ((await (await fetch(body.next)).json()) as { items: { identifier: string }[] })
      : undefined;
    const feed = await fetch(`${origin}/api/openactive/session-series?examples=1`);
    const problems = await fetch(`${origin}/api/events?town=atlantis`);
    return {
      status: events.status,
      etag: events.headers.get("etag"),
      total: body.total,
      first: body.items.map((item) => item.identifier),
      second: second?.items.map((item) => item.identifier) ?? [],
      feed: feed.status,
      feedItems: ((await feed.json()) as { items: unknown[] }).items.length,
      problems: problems.status,
      problem: Object.keys(((await problems.json()) as { fields: Record<string, string> }).fields)[0],
    };
  }, site.origin);
  expect(read.status).toBe(200);
  expect(read.etag).toMatch(/^"/);
  expect(read.first).toHaveLength(5);
  expect(read.second.length).toBeGreaterThan(0);
  expect(read.second.filter((id) => read.first.includes(id))).toEqual([]);
  expect(read.total).toBeGreaterThan(10);
  expect(read.feed).toBe(200);
  expect(read.feedItems).toBeGreaterThan(0);
  expect([read.problems, read.problem]).toEqual([400, "town"]);
  await directory.close();
});
