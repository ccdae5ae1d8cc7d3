/**
 * fast-check arbitraries for parameter sets drawn from the schema: any value a user could set,
 * for every parameter at once.
 */
import fc from 'fast-check';
import { paramDefs, paramKeys, type Params } from '../../src/sim/params/schema.ts';
import type { ParamDef } from '../../src/sim/params/types.ts';

function valueArbitrary(def: ParamDef): fc.Arbitrary<number | boolean | string> {
  switch (def.kind) {
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...def.choices);
    case 'integer':
      return fc.integer({ min: def.min, max: def.max });
    case 'number':
      return fc.oneof(
        fc.double({ min: def.min, max: def.max, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(def.min, def.max, def.default),
      );
  }
}

export const arbitraryParams: fc.Arbitrary<Params> = fc.record(
  Object.fromEntries(paramKeys.map((key) => [key, valueArbitrary(paramDefs[key] as ParamDef)])),
) as unknown as fc.Arbitrary<Params>;
