// The site's build (`astro build`, as `npm run build` runs it) for bench/build-run.ts, in a process of its own
// so its time and peak memory are the build's alone: into the output and cache folders it is given, never
// dist/ or the project's cache. Any connection to a host other than this machine is refused and counted: the
// build must not reach the network. Prints one JSON line with its figures last.
import net from "node:net";
import { performance } from "node:perf_hooks";

const [outDir, cacheDir] = process.argv.slice(2);
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);
const refused = [];
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  // Node calls this with its own normalised [options, callback] as well as the public forms.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === "object" && first !== null ? first : { port: first, host: args[1] };
  const host = options.host ?? "localhost";
  if (options.path === undefined && !LOOPBACK.has(host)) {
    refused.push(host);
    process.nextTick(() => this.destroy(new Error(`The bench's build may not connect to ${host}.`)));
    return this;
  }
  return connect.apply(this, args);
};

const { build } = await import("astro");
const started = performance.now();
await build({ root: process.cwd(), outDir, cacheDir, logLevel: "info" });
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({ seconds, peakMegabytes: process.resourceUsage().maxRSS / 1024, refused: [...new Set(refused)] }),
);
