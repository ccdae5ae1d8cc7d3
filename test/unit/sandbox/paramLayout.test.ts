/**
 * The layout of the parameter controls comes from the schema alone: the groups in the schema's
 * order, every parameter once, and each mechanism's switch above the parameters it governs.
 */
import { describe, expect, it } from 'vitest';
import { groups, paramKeys } from '../../../src/sim/index.ts';
import { governingSwitch, groupLayouts, keysOf } from '../../../src/app/state/paramLayout.ts';

describe('the layout of the parameter controls', () => {
  it('follows the schema’s groups in order and places every parameter exactly once', () => {
    expect(groupLayouts.map((layout) => layout.id)).toEqual(groups.map((group) => group.id));
    const placed = groupLayouts.flatMap((layout) => [...layout.free, ...layout.blocks.flatMap((block) => [block.switchKey, ...block.keys])]);
    expect([...placed].sort()).toEqual([...paramKeys].sort());
  });

  it('puts the switch of the discount card, the bonus bank and the club above all of its group', () => {
    for (const id of ['discount', 'bonusBank', 'club'] as const) {
      const layout = groupLayouts.find((group) => group.id === id)!;
      expect(layout.free, id).toEqual([]);
      expect(layout.blocks, id).toHaveLength(1);
      expect(layout.blocks[0].switchKey, id).toBe(`${id}.enabled`);
      expect(layout.blocks[0].keys, id).toEqual(keysOf(id).filter((key) => key !== `${id}.enabled`));
    }
  });

  it('lets the switch of dropping out after a purchase govern its a and b, and leaves drifting away’s parameters free', () => {
    const churn = groupLayouts.find((group) => group.id === 'churn')!;
    expect(churn.blocks).toEqual([{ switchKey: 'churn.dropoutEnabled', keys: ['churn.dropoutA', 'churn.dropoutB'] }]);
    expect(churn.free).toEqual(['churn.alpha', 'churn.beta', 'churn.satisfactionEffect', 'churn.careEffect']);
  });

  it('lets the rival’s campaign switch govern only the campaign’s parameters', () => {
    const competitor = groupLayouts.find((group) => group.id === 'competitor')!;
    expect(competitor.blocks.map((block) => block.switchKey)).toEqual(['competitor.campaignEnabled']);
    expect(competitor.blocks[0].keys.every((key) => key.startsWith('competitor.campaign'))).toBe(true);
    expect(competitor.free).toContain('competitor.priceIndex');
    expect(governingSwitch('competitor.campaignStrength')).toBe('competitor.campaignEnabled');
    expect(governingSwitch('competitor.priceIndex')).toBeNull();
    expect(governingSwitch('purchases.basket')).toBeNull();
  });
});
