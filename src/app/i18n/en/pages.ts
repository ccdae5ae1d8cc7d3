/** English messages of the home page, the model documentation page and navigation. */
export const pages = {} as const;
