/** Types of findExecutable.mjs: the first runnable of the candidates (absolute paths or names on the PATH), or null. */
export function findExecutable(candidates: readonly string[]): string | null;
