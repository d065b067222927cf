/** The part of subset-font (HarfBuzz's subsetter, shipped without types) the font tests use. */
declare module "subset-font" {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { keepAllGlyphs?: boolean; targetFormat?: "truetype" | "woff" | "woff2" | "sfnt" },
  ): Promise<Uint8Array>;
}
