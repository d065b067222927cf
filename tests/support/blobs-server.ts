/** A real local Netlify Blobs server for function tests, and stores opened on it. */
import { getStore, type Store } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A running server; `open` gives a store on it, `stop` ends it and removes its folder. */
export interface LocalBlobs {
  open(name: string): Store;
  /** The NETLIFY_BLOBS_CONTEXT value that points a function's getStore at this server. */
  environment: string;
  stop(): Promise<void>;
}

/** Starts a Blobs server on a free port with its data in a new temporary folder. */
export async function startLocalBlobs(): Promise<LocalBlobs> {
  const directory = mkdtempSync(join(tmpdir(), "stoke-blobs-"));
  const server = new BlobsServer({ directory, token: "test-token" });
  const { port } = await server.start();
  return {
    open: (name) =>
      getStore({
        name,
        siteID: "test-site",
        token: "test-token",
        edgeURL: `http://localhost:${port}`,
        uncachedEdgeURL: `http://localhost:${port}`,
        consistency: "strong",
      }),
    environment: Buffer.from(
      JSON.stringify({
        edgeURL: `http://localhost:${port}`,
        uncachedEdgeURL: `http://localhost:${port}`,
        siteID: "test-site",
        token: "test-token",
        deployID: "0",
        primaryRegion: "us-east-2",
      }),
    ).toString("base64"),
    stop: async () => {
      await server.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
