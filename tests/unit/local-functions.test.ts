/**
 * The local platform's functions (scripts/local-functions.mjs): bundled once, routed by their own config,
 * called with the request as Netlify gives it (no body when none was sent) and the connection's address.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callFunction,
  clientAddress,
  FunctionsLoadError,
  loadFunctions,
  matchFunction,
  send,
  toWebRequest,
} from "../../scripts/local-functions.mjs";

const folder = mkdtempSync(join(tmpdir(), "stoke-functions-"));
const functionsFolder = join(folder, "functions");
let server: Server;
let origin: string;

beforeAll(async () => {
  const { mkdirSync } = await import("node:fs");
  mkdirSync(functionsFolder);
  // A function that says what it was given, routed by path and method.
  writeFileSync(
    join(functionsFolder, "echo.ts"),
    `export default async (request: Request, context: { ip: string; params: Record<string, string> }) =>
      Response.json({ method: request.method, hasBody: request.body !== null, text: await request.text(), ip: context.ip, params: context.params, contentType: request.headers.get("content-type") });
    export const config = { path: ["/api/echo/:name", "/echo"], method: ["GET", "POST"] };`,
  );
  writeFileSync(
    join(functionsFolder, "scheduled.ts"),
    `export default async () => new Response("ran");\nexport const config = { schedule: "@daily" };`,
  );
  writeFileSync(
    join(functionsFolder, "broken.ts"),
    `export default async () => { throw new TypeError("secret detail"); };\nexport const config = { path: "/broken" };`,
  );
  const functions = await loadFunctions({ directory: functionsFolder, outDirectory: join(folder, "out") });
  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", origin).href;
    const routed = matchFunction(functions, url, request.method ?? "GET");
    if (!routed) {
      response.writeHead(404).end();
      return;
    }
    await send(
      response,
      await callFunction(routed.fn, toWebRequest(request, origin), {
        ip: clientAddress(request),
        params: routed.params,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("the local platform's functions", () => {
  it("route by config.path with its parameters, and by config.method", async () => {
    const answer = (await (await fetch(`${origin}/api/echo/sam`)).json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ method: "GET", params: { name: "sam" }, ip: "127.0.0.1", hasBody: false });
    expect((await fetch(`${origin}/echo`, { method: "DELETE" })).status).toBe(404);
    expect((await fetch(`${origin}/.netlify/functions/scheduled`)).status).toBe(200);
  });

  it("pass no body when none was sent, and the whole body when one was", async () => {
    const empty = (await (await fetch(`${origin}/echo`, { method: "POST" })).json()) as Record<string, unknown>;
    expect(empty).toMatchObject({ method: "POST", hasBody: false, text: "", contentType: null });
    const body = JSON.stringify({ title: "Coffee", text: "é".repeat(20_000) });
    const sent = (await (
      await fetch(`${origin}/echo`, { method: "POST", headers: { "content-type": "application/json" }, body })
    ).json()) as Record<string, unknown>;
    expect(sent).toMatchObject({ hasBody: true, text: body, contentType: "application/json" });
  });

  it("answer 500 for a function that throws, without its message", async () => {
    const response = await fetch(`${origin}/broken`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("secret detail");
  });

  it("name the function that cannot be bundled", async () => {
    const bad = join(folder, "bad");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(bad);
    writeFileSync(join(bad, "oops.ts"), "export default async () => { return new Response(; }");
    await expect(loadFunctions({ directory: bad, outDirectory: join(folder, "bad-out") })).rejects.toThrow(
      FunctionsLoadError,
    );
    await expect(loadFunctions({ directory: bad, outDirectory: join(folder, "bad-out") })).rejects.toThrow(/oops\.ts/);
  });
});
