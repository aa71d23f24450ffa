export * from './store';
export * from './journal';
export { createAutomationApi, type TilecastApi } from './automation';
