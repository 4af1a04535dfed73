/** The custom scheme the built renderer is served from (see `app-protocol.ts`). */
export const APP_SCHEME = 'app';
/** The one host of that scheme; any other host is not ours. */
export const APP_HOST = 'copydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads in every build but `electron-vite dev`. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface RendererSourceInput {
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** The main bundle was built by `electron-vite dev` (`import.meta.env.DEV`); `electron-vite build` sets it false. */
  devBuild: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export interface RendererSource {
  url: string;
  /** True when the page comes from electron-vite's dev server (hot reload, no app:// protocol). */
  devServer: boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where the window's page comes from. `ELECTRON_RENDERER_URL` is honoured only
 * under `electron-vite dev`: an unpackaged app whose main bundle was built in
 * development mode, started by electron-vite (which also sets
 * `NODE_ENV_ELECTRON_VITE=development`), pointing at a loopback http(s) server.
 * A variable left in a shell must never make `npm start` or a packaged app
 * load its interface (and so its IPC access) from a web server.
 */
export function rendererSource({ isPackaged, devBuild, env }: RendererSourceInput): RendererSource {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !devBuild || env.NODE_ENV_ELECTRON_VITE !== 'development' || devUrl === undefined) {
    return { url: APP_ENTRY_URL, devServer: false };
  }
  let parsed: URL;
  try {
    parsed = new URL(devUrl);
  } catch {
    return { url: APP_ENTRY_URL, devServer: false };
  }
  const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  if (!web || !LOOPBACK.has(parsed.hostname) || parsed.username !== '' || parsed.password !== '') {
    return { url: APP_ENTRY_URL, devServer: false };
  }
  return { url: devUrl, devServer: true };
}
