// Runs the local Netlify Blobs server (@netlify/blobs/server) in a thread of its own, so reading and
// writing the store's files never waits behind the functions. Started by scripts/serve.mjs.
import { BlobsServer } from "@netlify/blobs/server";
import { parentPort, workerData } from "node:worker_threads";

const server = new BlobsServer({ directory: workerData.directory, token: workerData.token });
try {
  const { port } = await server.start();
  parentPort.postMessage({ port });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
parentPort.on("message", async (message) => {
  if (message === "stop") {
    await server.stop().catch(() => undefined);
    parentPort.postMessage("stopped");
  }
});
