import type { TilecastApi } from '../src/store/automation';

declare global {
  interface Window {
    tilecast: TilecastApi;
  }
}

export {};
