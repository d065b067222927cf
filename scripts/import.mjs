// npm run import: bundles scripts/import/command.ts (TypeScript, with the importer it uses) with esbuild
// into .netlify/import/, then runs it with the command line's arguments. See scripts/import/command.ts.
import { build } from "esbuild";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const out = join(".netlify", "import", "command.mjs");
try {
  await build({
    entryPoints: [join("scripts", "import", "command.ts")],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    packages: "external",
    sourcemap: "inline",
    logLevel: "silent",
  });
} catch (error) {
  const problems = (error.errors ?? [{ text: String(error) }]).map(
    (problem) => `${problem.location?.file ?? "the importer"}: ${problem.text}`,
  );
  console.error(`The importer could not be built:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
const { main } = await import(pathToFileURL(out).href);
process.exitCode = await main(process.argv.slice(2));
