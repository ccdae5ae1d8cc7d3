/**
 * Playing a finished run back week by week. The whole run is computed at once; "play" only moves
 * the cursor week (0-based) that every chart and the summary point at, at a speed in weeks per
 * second. A cursor of null means the end of the run, so that a longer run keeps showing its end.
 */

/** Speeds offered, in weeks per second: from a week at a time to a year a second. */
export const SPEEDS = [1, 4, 13, 26, 52] as const;
export const DEFAULT_SPEED = 13;

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Playback {
  /** The week the charts point at (0-based), or null for the last week of the run. */
  cursor = $state<number | null>(null);
  playing = $state(false);
  speed = $state<number>(DEFAULT_SPEED);

  private readonly weeks: () => number;
  private readonly timers: Timers;
  private handle: unknown = null;

  /** `weeks` tells the length of the run on screen. */
  constructor(weeks: () => number, timers: Timers = browserTimers) {
    this.weeks = weeks;
    this.timers = timers;
  }

  /** The cursor as a week index within the run on screen. */
  get position(): number {
    const last = Math.max(0, this.weeks() - 1);
    return this.cursor === null ? last : Math.min(this.cursor, last);
  }

  get atEnd(): boolean {
    return this.position >= this.weeks() - 1;
  }

  /** Point at a week; the last week is stored as null (the end). */
  seek(week: number): void {
    const last = Math.max(0, this.weeks() - 1);
    const clamped = Math.max(0, Math.min(last, Math.round(week)));
    this.cursor = clamped >= last ? null : clamped;
  }

  /** One week on; at the end, playing stops. */
  step(): void {
    if (this.atEnd) {
      this.pause();
      return;
    }
    this.seek(this.position + 1);
    if (this.atEnd) this.pause();
  }

  /** Back to week 0, stopped. */
  rewind(): void {
    this.pause();
    this.cursor = 0;
  }

  /** Play from the cursor, or from week 0 when the cursor is at the end. */
  play(): void {
    if (this.weeks() <= 1) return;
    if (this.atEnd) this.cursor = 0;
    this.playing = true;
    this.schedule();
  }

  pause(): void {
    this.playing = false;
    if (this.handle !== null) this.timers.clear(this.handle);
    this.handle = null;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    if (!SPEEDS.includes(speed as (typeof SPEEDS)[number])) return;
    this.speed = speed;
    if (this.playing) this.schedule();
  }

  private schedule(): void {
    if (this.handle !== null) this.timers.clear(this.handle);
    this.handle = this.timers.set(() => {
      this.handle = null;
      if (!this.playing) return;
      this.step();
      if (this.playing) this.schedule();
    }, 1000 / this.speed);
  }
}
