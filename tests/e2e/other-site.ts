/**
 * Another website, for the tests of the lists other sites show (embed.spec.ts): pages served on this machine
 * from another origin than the site's (127.0.0.1, where the site is at localhost), each with the headers
 * given. Its origin is added to the test's `testHosts`, so the guard knows its pages are not the site's.
 */
import { createServer, type Server } from "node:http";
import { E2E_PORT } from "./platform";

/** A page of the other site: its HTML and any headers it is sent with (a Content-Security-Policy, say). */
export interface OtherPage {
  html: string;
  headers?: Record<string, string>;
}

/** The other website, at `origin`, serving `pages` by path until closed. */
export interface OtherSite {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `pages` on 127.0.0.1, on a port beside the test server's (E2E_PORT + 1 + the worker's index, so two
 * workers never share one).
 */
export async function serveOtherSite(
  pages: Record<string, OtherPage>,
  workerIndex: number,
  testHosts: Set<string>,
): Promise<OtherSite> {
  const server: Server = createServer((request, response) => {
    const page = pages[new URL(request.url ?? "/", "http://127.0.0.1").pathname];
    if (!page) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...page.headers }).end(page.html);
  });
  const port = E2E_PORT + 1 + workerIndex;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${port}`;
  testHosts.add(origin);
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A plain page of the other site, holding `body`. */
export function otherPage(title: string, body: string, head = ""): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}
