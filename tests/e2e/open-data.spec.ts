/**
 * The open data read from another site's page in a browser, as a directory's own page would: the events API and
 * the OpenActive feeds answer a page of another origin: a bare page from a server of the test's own.
 */
import { createServer, type Server } from "node:http";
import { expect, test } from "./fixtures";

let directory: Server;
let directoryOrigin: string;
test.beforeAll(async () => {
  directory = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end("<!doctype html><html lang=en><title>A directory</title><h1>A directory</h1></html>");
  });
  await new Promise<void>((resolve) => directory.listen(0, "127.0.0.1", resolve));
  const address = directory.address();
  directoryOrigin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
test.afterAll(() => new Promise<void>((resolve) => directory.close(() => resolve())));

test("another site's page can read the events API and the OpenActive feeds, and page through them", async ({
  page,
  baseURL,
}) => {
  const site = new URL(baseURL!);
  await page.goto(`${directoryOrigin}/`);
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
});
