/**
 * The model's version. It changes whenever the same seed and parameters could give different
 * numbers, so that saved links and files can say their numbers may differ.
 *
 * 1.9.x: model 2 under construction (issue 10): relationships that grow, purchase-linked dropout,
 * an open market and a dearer customer; 1.9.1: the price elasticity of the rate 1.4 instead of 2
 * (a discount's runs differ). It becomes 2.0.0 when every part of model 2 has landed.
 */
export const MODEL_VERSION = '1.9.1';
