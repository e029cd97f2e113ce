/** Once before the e2e files: finds (and if needed unpacks) the Chromium they drive, and hands its path to them. */
import type { TestProject } from 'vitest/node';
import { resolveChromium } from '../helpers/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('chromiumPath', await resolveChromium());
}
