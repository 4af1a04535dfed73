import type { CopydeskBridge } from '@shared/ipc/api';

declare global {
  interface Window {
    /** Present only inside Electron, exposed by the preload; the browser build talks HTTP instead. */
    api?: CopydeskBridge;
  }
}

export {};
