/** English messages of the sandbox: parameter controls, run controls, compare mode. */
export const sandbox = {} as const;
