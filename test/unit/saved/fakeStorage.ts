/**
 * A Storage for tests: a map, with switches for the failures of real browsers — storage that
 * throws on every access (a SecurityError, as in some private modes) and storage that is full
 * (a QuotaExceededError on write).
 */
import type { StorageLike } from '../../../src/app/saved/savedStore.ts';

export class FakeStorage implements StorageLike {
  readonly values = new Map<string, string>();
  unavailable = false;
  full = false;

  getItem(key: string): string | null {
    if (this.unavailable) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.values.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.unavailable) throw new DOMException('The operation is insecure.', 'SecurityError');
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.values.set(key, value);
  }
}
