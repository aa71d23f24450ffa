// Types for what src/lint-rules.test.ts imports from eslint.config.js (the config is plain JS).
import type { Linter } from 'eslint';

/** Every folder under src/ is one of these layers, each with its lint zone. */
export declare const layers: string[];
declare const config: Linter.Config[];
export default config;
