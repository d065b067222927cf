import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { diskListedIds } from "./listed-ids";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("diskListedIds", () => {
  it("lists the places and groups in content/ by id", () => {
    const listed = diskListedIds(process.cwd())();
    expect(listed.places.has("bentilee-library")).toBe(true);
    expect(listed.groups.has("digital-buddies")).toBe(true);
    expect(listed.places.has("hanley-libary")).toBe(false);
    expect(listed.groups.has("bentilee-library")).toBe(false);
  });

  it("fails loudly, without naming the listing, when a place or group file is not valid", () => {
    const root = mkdtempSync(join(tmpdir(), "stoke-content-"));
    folders.push(root);
    mkdirSync(join(root, "content", "places"), { recursive: true });
    mkdirSync(join(root, "content", "groups"), { recursive: true });
    writeFileSync(join(root, "content", "places", "secret-hut.md"), "---\nname: 42\n---\n");
    expect(() => diskListedIds(root)()).toThrow(/problem\(s\) in content\/places or content\/groups/);
    expect(() => diskListedIds(root)()).not.toThrow(/secret-hut/);
  });
});
