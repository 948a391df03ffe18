/** Types of ./extension-checker.mjs (for the TypeScript tests that use it). */
export function extensionChecker(
  bundles: readonly { entry?: readonly { resource?: unknown }[] }[],
): (resource: object) => { path: string; message: string }[];
