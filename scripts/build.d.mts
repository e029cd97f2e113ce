/** Types of scripts/build.mjs. */
export function electronMajorForBuild(options: { installedVersion: string | undefined; declaredRange: string | undefined }): {
  major: string;
  installed: boolean;
};
