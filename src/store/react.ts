import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createTilecastStore, type TilecastActions, type TilecastState } from './store';

/** The page's one phone and push service. */
export const tilecastStore = createTilecastStore();

type Full = TilecastState & TilecastActions;

/** Read the store with a narrow selector; re-renders only when the selected value changes. */
export const useTilecast = <T>(selector: (state: Full) => T): T =>
  useStore(tilecastStore, selector);

/** For selectors that build an object or array each time: compared shallowly. */
export const useTilecastShallow = <T>(selector: (state: Full) => T): T =>
  useStore(tilecastStore, useShallow(selector));

/** Actions never change identity; components call them without subscribing. */
export const actions = (): TilecastActions => tilecastStore.getState();
