/**
 * The model's version. It changes whenever the same seed and parameters could give different
 * numbers, so that saved links and files can say their numbers may differ.
 */
export const MODEL_VERSION = '1.0.1';
