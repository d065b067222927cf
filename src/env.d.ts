interface ImportMetaEnv {
  /** Map tiles, as a Leaflet URL template; the default is OpenStreetMap's tile server. */
  readonly PUBLIC_TILE_URL?: string;
  /** The attribution the tile server asks for, as HTML. */
  readonly PUBLIC_TILE_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
