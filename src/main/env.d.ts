/** What electron-vite (Vite) replaces at build time in the main bundle. */
interface ImportMetaEnv {
  /** True only in the bundle `electron-vite dev` builds. */
  readonly DEV: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
