import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, rendererSource } from './renderer-source';

const DEV_ENV = { ELECTRON_RENDERER_URL: 'http://localhost:5173', NODE_ENV_ELECTRON_VITE: 'development' };

describe('rendererSource', () => {
  it('uses the dev server only under electron-vite dev', () => {
    expect(rendererSource({ isPackaged: false, devBuild: true, env: DEV_ENV })).toEqual({ url: 'http://localhost:5173', devServer: true });
  });

  const ignored = [
    { name: 'npm start (production bundle, variable left in the shell)', input: { isPackaged: false, devBuild: false, env: DEV_ENV } },
    { name: 'a packaged app', input: { isPackaged: true, devBuild: true, env: DEV_ENV } },
    { name: 'no electron-vite marker', input: { isPackaged: false, devBuild: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } } },
    { name: 'electron-vite build marker', input: { isPackaged: false, devBuild: true, env: { ...DEV_ENV, NODE_ENV_ELECTRON_VITE: 'production' } } },
    { name: 'a remote host', input: { isPackaged: false, devBuild: true, env: { ...DEV_ENV, ELECTRON_RENDERER_URL: 'https://evil.example' } } },
    { name: 'a file URL', input: { isPackaged: false, devBuild: true, env: { ...DEV_ENV, ELECTRON_RENDERER_URL: 'file:///tmp/index.html' } } },
    { name: 'credentials', input: { isPackaged: false, devBuild: true, env: { ...DEV_ENV, ELECTRON_RENDERER_URL: 'http://a:b@localhost:5173' } } },
    { name: 'not a URL', input: { isPackaged: false, devBuild: true, env: { ...DEV_ENV, ELECTRON_RENDERER_URL: 'localhost:5173' } } },
    { name: 'nothing set', input: { isPackaged: false, devBuild: true, env: {} } },
  ];
  for (const c of ignored) {
    it(`serves app://copydesk for ${c.name}`, () => {
      expect(rendererSource(c.input)).toEqual({ url: APP_ENTRY_URL, devServer: false });
    });
  }
});
