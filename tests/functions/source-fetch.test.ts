/**
 * Fetching a source, against a local HTTP server that serves a calendar and then misbehaves in every way a
 * real one can: slow, failing, huge, redirecting in loops or inside the platform. Nothing here reaches the
 * network: names resolve through a lookup the test gives.
 */
import { createServer, type Server } from "node:http";
import type { LookupAddress } from "node:dns";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchSource, publicAddressesOnly, sourceUrl, type AddressPolicy } from "../../netlify/lib/source-fetch";

const CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nX-WR-CALNAME:Café\r\nEND:VCALENDAR\r\n";
let server: Server;
let port: number;
let base: string;

beforeAll(async () => {
  server = createServer((request, response): void => {
    const path = request.url ?? "/";
    if (path === "/feed.ics") {
      if (request.headers["if-none-match"] === '"v1"') return void response.writeHead(304).end();
      return void response
        .writeHead(200, {
          "content-type": "text/calendar; charset=utf-8",
          etag: '"v1"',
          "last-modified": "Thu, 03 Dec 2026 10:00:00 GMT",
        })
        .end(CALENDAR);
    }
    if (path === "/slow") return; // never answers
    if (path === "/error") return void response.writeHead(500).end("down");
    if (path === "/big") {
      // Chunked, with no length: 6 MB in 64 KB pieces.
      response.writeHead(200, { "content-type": "text/calendar" });
      const piece = "X".repeat(64 * 1024);
      let sent = 0;
      const write = () => {
        while (sent < 96) {
          sent++;
          if (!response.write(piece)) return void response.once("drain", write);
        }
        response.end();
      };
      return write();
    }
    if (path === "/big-declared") {
      response.writeHead(200, { "content-length": String(50 * 1024 * 1024) });
      return void response.write("X");
    }
    if (path === "/loop-a") return void response.writeHead(302, { location: "/loop-b" }).end();
    if (path === "/loop-b") return void response.writeHead(301, { location: "/loop-a" }).end();
    const hop = /^\/hop\/(\d+)\/(\d+)$/.exec(path);
    if (hop) {
      const [at, of] = [Number(hop[1]), Number(hop[2])];
      return void response.writeHead(307, { location: at < of ? `/hop/${at + 1}/${of}` : "/feed.ics" }).end();
    }
    if (path === "/to-this-machine")
      return void response.writeHead(302, { location: "http://127.0.0.1:9/admin" }).end();
    if (path === "/to-metadata")
      return void response.writeHead(302, { location: "http://169.254.169.254/latest/" }).end();
    if (path === "/to-named-inside") return void response.writeHead(302, { location: "http://inside.test/" }).end();
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** The test server, and nothing else on this machine. */
const onlyTheTestServer: AddressPolicy = (address, to) =>
  (address === "127.0.0.1" && to === port) || publicAddressesOnly(address, to);

/** Names for the test: calendar.test is the test server's address, inside.test a private one. */
const lookup = ((name: string, _options: unknown, callback: (error: Error | null, found: LookupAddress[]) => void) => {
  const found: Record<string, LookupAddress[]> = {
    "calendar.test": [{ address: "127.0.0.1", family: 4 }],
    "inside.test": [{ address: "10.0.0.7", family: 4 }],
  };
  if (!found[name]) return callback(Object.assign(new Error("not found"), { code: "ENOTFOUND" }), []);
  callback(null, found[name]!);
}) as never;

const fetchHere = (path: string, options = {}) =>
  fetchSource(`${base}${path}`, { allow: onlyTheTestServer, lookup, ...options });

describe("fetchSource", () => {
  it("fetches a calendar as UTF-8 text with its ETag and Last-Modified, then hears it has not changed", async () => {
    const first = await fetchHere("/feed.ics");
    expect(first).toMatchObject({
      kind: "fetched",
      body: CALENDAR,
      contentType: "text/calendar; charset=utf-8",
      etag: '"v1"',
      lastModified: "Thu, 03 Dec 2026 10:00:00 GMT",
    });
    expect(await fetchHere("/feed.ics", { etag: '"v1"' })).toEqual({ kind: "not-modified", url: `${base}/feed.ics` });
  });

  it("follows up to five redirects, to the address it ends at, and refuses a sixth", async () => {
    expect(await fetchHere("/hop/1/5")).toMatchObject({ kind: "fetched", url: `${base}/feed.ics` });
    expect(await fetchHere("/hop/1/6")).toMatchObject({ kind: "failed", reason: "redirects more than 5 times" });
    expect(await fetchHere("/loop-a")).toMatchObject({ kind: "failed", reason: "redirects in a loop" });
  });

  it("resolves names through the lookup and checks the address it connects to", async () => {
    const named = await fetchSource(`http://calendar.test:${port}/feed.ics`, { allow: onlyTheTestServer, lookup });
    expect(named).toMatchObject({ kind: "fetched", body: CALENDAR });
    expect(await fetchSource("http://nowhere.test/", { allow: onlyTheTestServer, lookup })).toMatchObject({
      kind: "failed",
      reason: "has a name that does not resolve",
    });
  });

  it.each([
    ["/to-this-machine", "http://127.0.0.1:9/admin"],
    ["/to-metadata", "http://169.254.169.254/latest/"],
    ["/to-named-inside", "http://inside.test/"],
  ])("refuses a redirect from %s inside the platform, without connecting", async (path, to) => {
    expect(await fetchHere(path)).toEqual({
      kind: "failed",
      url: to,
      reason: "points inside a private network or this machine",
    });
  });

  it("refuses this machine by default", async () => {
    expect(await fetchSource(`${base}/feed.ics`)).toMatchObject({
      kind: "failed",
      reason: "points inside a private network or this machine",
    });
  });

  it("gives up on a server that does not answer, with the time it waited", async () => {
    const started = performance.now();
    expect(await fetchHere("/slow", { timeoutMs: 300 })).toMatchObject({
      kind: "failed",
      reason: "took longer than 0.3 seconds",
    });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("refuses an error status and a body over the size limit, declared or not", async () => {
    expect(await fetchHere("/error")).toMatchObject({ kind: "failed", reason: "answered 500" });
    expect(await fetchHere("/missing")).toMatchObject({ kind: "failed", reason: "answered 404" });
    expect(await fetchHere("/big")).toMatchObject({ kind: "failed", reason: "is larger than 5 MB" });
    expect(await fetchHere("/big-declared")).toMatchObject({ kind: "failed", reason: "is larger than 5 MB" });
  });

  it("reads webcal:// as https:// and refuses other kinds of address", async () => {
    expect(sourceUrl("webcal://calendar.example.org/feed.ics").href).toBe("https://calendar.example.org/feed.ics");
    expect(sourceUrl("WEBCALS://calendar.example.org/x.ics").href).toBe("https://calendar.example.org/x.ics");
    for (const [address, reason] of [
      ["ftp://example.org/feed.ics", "is not an http or https address"],
      ["https://user:secret@example.org/feed.ics", "holds a user name or password"],
      ["not an address", "is not a web address"],
      ["file:///etc/passwd", "is not an http or https address"],
    ]) {
      expect(await fetchSource(address!)).toMatchObject({ kind: "failed", reason });
    }
  });
});
