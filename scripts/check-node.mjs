// Fails loudly when the running Node is older than the project needs. The `node` devDependency puts
// Node 24 first on PATH for every `npm run`; if its install script was skipped, the host's older Node
// would run instead and fail later with confusing errors.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `\nStoke Together needs Node 22.12 or newer; this is Node ${process.versions.node} (${process.execPath}).\n` +
      "The project pins Node as the `node` devDependency. Run `npm install` (with install scripts allowed)\n" +
      "so that node_modules/.bin/node exists, then use `npm run …` or `npx …`.\n",
  );
  process.exit(1);
}
