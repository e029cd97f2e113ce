/** Types of scripts/build-cli.mjs. */
export const CLI_BUNDLE: string;
export function buildCli(): Promise<void>;
