import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { requestRebuild } from "./build-hook";
import { createDailyRebuild } from "../functions/daily-rebuild";

let server: Server;
let base: string;
const received: { method: string; url: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push({ method: request.method ?? "", url: request.url ?? "" });
    response.statusCode = request.url?.startsWith("/broken") ? 500 : 200;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("requestRebuild", () => {
  it("POSTs to the build hook with a title saying why", async () => {
    expect(await requestRebuild(`${base}/build_hooks/abc`, "Daily rebuild")).toEqual({ status: "requested" });
    expect(received.at(-1)).toEqual({ method: "POST", url: "/build_hooks/abc?trigger_title=Daily+rebuild" });
  });

  it("does nothing when no hook is configured", async () => {
    const before = received.length;
    expect(await requestRebuild(undefined, "Daily rebuild")).toEqual({ status: "not-configured" });
    expect(received).toHaveLength(before);
  });

  it("reports a failing hook without throwing", async () => {
    expect(await requestRebuild(`${base}/broken`, "Daily rebuild")).toEqual({ status: "failed", httpStatus: 500 });
    expect(await requestRebuild("http://127.0.0.1:1/", "Daily rebuild")).toEqual({ status: "failed" });
  });
});

describe("daily-rebuild", () => {
  it("answers 204 when the rebuild was asked for and 502 when the hook failed", async () => {
    expect((await createDailyRebuild(`${base}/build_hooks/abc`)()).status).toBe(204);
    expect((await createDailyRebuild(`${base}/broken`)()).status).toBe(502);
  });
});
