/** Types of scripts/prerequisites.mjs (plain Node, so that it runs before `npm install`). */
export function findSoffice(env?: NodeJS.ProcessEnv): string | null;
export function libreOfficeRequired(env?: NodeJS.ProcessEnv): boolean;
export function checkPrerequisites(options?: { env?: NodeJS.ProcessEnv; nodeVersion?: string }): { problems: string[]; notes: string[] };
