/**
 * Keeps the address bar in step with what is on screen, without flooding the browser's history:
 * the address follows every change (at most every THROTTLE_MS, and always to the last state),
 * but a new history entry is made only when a change comes after a quiet moment (QUIET_MS); the
 * changes of a burst (a slider dragged, typing, a run played back) replace the entry they began,
 * so that back goes to where the reader was before the burst, not through hundreds of states.
 * The first write replaces the address the page was opened with. Times in milliseconds. The
 * browser's address also carries the language on screen (`lang=`), which the keeper's states
 * leave out: it is added on writing and left out on reading.
 */
import { withAddressLanguage } from '../i18n/addressLanguage.ts';
import { BASE_LANGUAGE } from '../i18n/languages.ts';
import { languageOnScreen } from '../i18n/t.ts';

export interface HistoryPort {
  /** The current query string, "?…" or "". */
  search(): string;
  push(search: string): void;
  replace(search: string): void;
}

export interface Clock {
  now(): number;
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const THROTTLE_MS = 250;
export const QUIET_MS = 1000;

export const browserHistory: HistoryPort = {
  search: () => withAddressLanguage(window.location.search, BASE_LANGUAGE),
  push: (search) => window.history.pushState(null, '', withSearch(search)),
  replace: (search) => window.history.replaceState(window.history.state, '', withSearch(search)),
};

/** The page's own address with another query, in the language on screen (the path and hash kept). */
function withSearch(search: string): string {
  const { pathname, hash } = window.location;
  return `${pathname}${withAddressLanguage(search, languageOnScreen())}${hash}`;
}

const realClock: Clock = {
  now: () => performance.now(),
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class AddressKeeper {
  private pending: string | null = null;
  private handle: unknown = null;
  private lastWrite = Number.NEGATIVE_INFINITY;
  private lastChange = Number.NEGATIVE_INFINITY;
  private written = false;
  /** The next write begins a burst: a new history entry. */
  private newEntry = false;

  constructor(
    private readonly history: HistoryPort = browserHistory,
    private readonly clock: Clock = realClock,
  ) {}

  /** The state on screen is now `search` ("?…"); the address will follow. */
  follow(search: string): void {
    // The first state is the one the page opened on: it replaces the opened address (written
    // in full), and is no change of the reader's, so the next change makes an entry of its own.
    if (!this.written) {
      this.written = true;
      if (search !== this.history.search()) this.history.replace(search);
      this.lastWrite = this.clock.now();
      return;
    }
    const now = this.clock.now();
    if (search !== this.history.search() || this.pending !== null) {
      // A change after a quiet moment begins a burst, which gets an entry of its own.
      if (now - this.lastChange >= QUIET_MS) this.newEntry = true;
      this.lastChange = now;
    }
    this.pending = search;
    if (this.handle !== null) return;
    const wait = Math.max(0, this.lastWrite + THROTTLE_MS - now);
    if (wait === 0) this.flush();
    else this.handle = this.clock.set(() => this.flush(), wait);
  }

  /**
   * The address was changed by the browser (back or forward): nothing pending is written over
   * it, and the next change starts a new entry.
   */
  arrived(): void {
    this.cancel();
    this.newEntry = false;
    this.lastChange = Number.NEGATIVE_INFINITY;
  }

  dispose(): void {
    this.cancel();
  }

  private cancel(): void {
    if (this.handle !== null) this.clock.clear(this.handle);
    this.handle = null;
    this.pending = null;
  }

  private flush(): void {
    this.handle = null;
    const search = this.pending;
    this.pending = null;
    if (search === null || search === this.history.search()) return;
    this.lastWrite = this.clock.now();
    if (this.newEntry) this.history.push(search);
    else this.history.replace(search);
    this.newEntry = false;
  }
}
