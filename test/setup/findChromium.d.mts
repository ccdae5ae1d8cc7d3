/** Types of findChromium.mjs: the path of a runnable Chromium, or null if there is none. */
export function findChromium(): string | null;
