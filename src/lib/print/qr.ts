/**
 * QR codes for printed sheets and posters, made at build time as SVG with uqr (unjs/uqr: no dependencies, its
 * encoder tested against the QR specification). Each row's dark modules are joined into runs, so a code for an
 * event's address is about a quarter the size of one square per module, and a sheet of thirty stays small.
 */
import { encode } from "uqr";

/** Quiet zone: the QR specification asks for four modules of white around the code. */
const QUIET = 4;

/**
 * An SVG QR code for a web address, named for screen readers by `label` (in the page's language), else by its
 * address in English.
 * @example qrSvg("https://stoketogether.org.uk/areas/tunstall/") // '<svg xmlns=… role="img" aria-label="QR code for …">…</svg>'
 */
export function qrSvg(address: string, label = `QR code for ${address}`): string {
  // Medium error correction: a printed code survives a fold or a drawing-pin hole.
  const { data, size } = encode(address, { ecc: "M", border: 0 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < size; x += 1) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < size && row[end + 1]) end += 1;
      runs.push(`M${x + QUIET} ${y + QUIET}h${end - x + 1}v1h-${end - x + 1}z`);
      x = end;
    }
  });
  const side = size + QUIET * 2;
  const name = label.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${name}" ` +
    `shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${runs.join("")}"/></svg>`
  );
}
