/**
 * The page's localStorage as the app's stores use it (StorageLike): reached on each use, so that a
 * browser that refuses storage (a SecurityError in some private modes) throws inside the store's
 * own guard, which says so, rather than when the module loads.
 */
import type { StorageLike } from './savedStore.ts';

export const browserStorage: StorageLike = {
  getItem: (key) => window.localStorage.getItem(key),
  setItem: (key, value) => window.localStorage.setItem(key, value),
};
