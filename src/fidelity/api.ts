import type { Crop, FidelityCase } from './cases';

/** What fidelity/harness.html offers the runner on `window.fidelity`. */
export type FidelityApi = {
  show(c: FidelityCase): Promise<void>;
  compare(
    reference: string,
    crop: Crop,
    ours: string,
  ): Promise<{
    score: number;
    reference: string;
    ours: string;
    referenceMask: string;
    oursMask: string;
    difference: string;
  }>;
};
