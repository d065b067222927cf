import { describe, expect, it } from "vitest";
import { encode } from "uqr";
import { qrSvg } from "./qr";

/** The dark modules the SVG's path draws, as "x,y", read back from its runs. */
function drawn(svg: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, width] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let step = 0; step < Number(width); step += 1) cells.add(`${Number(x) + step - 4},${Number(y) - 4}`);
  }
  return cells;
}

describe("qrSvg", () => {
  const address = "https://stoketogether.org.uk/events/tunstall-coffee-morning/";

  it("draws exactly the dark modules of the address's QR code, inside a four-module quiet zone", () => {
    const svg = qrSvg(address);
    const { data, size } = encode(address, { ecc: "M", border: 0 });
    const expected = new Set<string>();
    data.forEach((row, y) => row.forEach((dark, x) => dark && expected.add(`${x},${y}`)));
    expect(drawn(svg)).toEqual(expected);
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
  });

  it("names itself by its address, escaped, for screen readers", () => {
    expect(qrSvg('https://example.org/?a=1&b="2"')).toContain(
      'aria-label="QR code for https://example.org/?a=1&amp;b=&quot;2&quot;"',
    );
  });

  it("takes its name in the page's language", () => {
    expect(qrSvg(address, `${address} کا QR کوڈ`)).toContain(`aria-label="${address} کا QR کوڈ"`);
  });

  it("stays small: a run of dark modules is one piece of path", () => {
    expect(qrSvg(address).length).toBeLessThan(4_500);
  });
});
