/**
 * Playing a finished run back: the cursor steps a week at a time, stops at the end, goes back
 * to week 0, and plays at the chosen speed in weeks per second.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Playback, SPEEDS } from '../../../src/app/state/playback.svelte.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('playback of a run', () => {
  it('points at the end of the run until told otherwise', () => {
    const playback = new Playback(() => 10);
    expect(playback.cursor).toBeNull();
    expect(playback.position).toBe(9);
    expect(playback.atEnd).toBe(true);
  });

  it('goes back to week 0, steps a week at a time, and stops at the end', () => {
    const playback = new Playback(() => 3);
    playback.rewind();
    expect(playback.position).toBe(0);
    playback.step();
    expect(playback.position).toBe(1);
    playback.step();
    expect(playback.position).toBe(2);
    expect(playback.cursor).toBeNull();
    playback.step();
    expect(playback.position).toBe(2);
  });

  it('keeps the cursor within the run when seeking', () => {
    const playback = new Playback(() => 52);
    playback.seek(-4);
    expect(playback.position).toBe(0);
    playback.seek(20.4);
    expect(playback.position).toBe(20);
    playback.seek(500);
    expect(playback.cursor).toBeNull();
    expect(playback.position).toBe(51);
  });

  it('follows a run that became shorter', () => {
    let weeks = 100;
    const playback = new Playback(() => weeks);
    playback.seek(80);
    weeks = 50;
    expect(playback.position).toBe(49);
  });

  it('plays from week 0 when at the end, at the chosen speed, and stops at the last week', () => {
    const playback = new Playback(() => 20);
    playback.setSpeed(4);
    playback.play();
    expect(playback.playing).toBe(true);
    expect(playback.position).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(playback.position).toBe(4);
    playback.setSpeed(13);
    vi.advanceTimersByTime(250);
    expect(playback.position).toBeGreaterThanOrEqual(6);
    vi.advanceTimersByTime(5000);
    expect(playback.playing).toBe(false);
    expect(playback.cursor).toBeNull();
  });

  it('pauses where it is, and resumes from there', () => {
    const playback = new Playback(() => 156);
    playback.setSpeed(1);
    playback.rewind();
    playback.toggle();
    vi.advanceTimersByTime(3000);
    playback.toggle();
    expect(playback.playing).toBe(false);
    expect(playback.position).toBe(3);
    vi.advanceTimersByTime(3000);
    expect(playback.position).toBe(3);
    playback.play();
    vi.advanceTimersByTime(1000);
    expect(playback.position).toBe(4);
  });

  it('offers only its own speeds', () => {
    const playback = new Playback(() => 10);
    playback.setSpeed(7);
    expect(SPEEDS).not.toContain(7);
    expect(playback.speed).not.toBe(7);
  });
});
