/**
 * Parameter values that arrive while a quick run is computing, held until it lands. A slider
 * being dragged sends a value every frame, faster than a run takes (tens of milliseconds); if
 * each value cancelled the run before it, no run would land until the drag paused. Held instead,
 * the latest value of each parameter is applied as soon as the run going on lands, so the charts
 * follow the slider run after run, and a result on screen is always for the values in effect.
 */
import type { ParamKey } from '../../sim/index.ts';

export interface HeldChange<S extends string> {
  side: S;
  key: ParamKey;
  value: unknown;
}

export class HeldChanges<S extends string> {
  private readonly held = new Map<string, HeldChange<S>>();

  /** Hold a value; a later value of the same parameter of the same side replaces it. */
  hold(change: HeldChange<S>): void {
    const id = `${change.side} ${change.key}`;
    // Re-inserted at the end, so that changes are applied in the order they were last made.
    this.held.delete(id);
    this.held.set(id, change);
  }

  /** The held values in the order they were made, leaving none held. */
  take(): HeldChange<S>[] {
    const changes = [...this.held.values()];
    this.held.clear();
    return changes;
  }

  get size(): number {
    return this.held.size;
  }
}
