/**
 * The run controls hand every action to their callbacks: play and pause, a week on, back to the
 * start, the speed, the week scrubber (which reads as "Week n of N"), the seed on Enter, and
 * compare mode. They wait while there is no run to play.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import RunControls from '../../src/app/components/sandbox/RunControls.svelte';
import { SPEEDS } from '../../src/app/state/playback.svelte.ts';
import { t } from '../../src/app/i18n/t.ts';

function props(overrides: Record<string, unknown> = {}) {
  return {
    playing: false,
    position: 10,
    weeks: 156,
    speed: 13,
    speeds: SPEEDS,
    waiting: false,
    seed: 1,
    compare: false,
    onToggle: vi.fn(),
    onStep: vi.fn(),
    onRewind: vi.fn(),
    onSeek: vi.fn(),
    onSpeed: vi.fn(),
    onSeedText: vi.fn(),
    onNewSeed: vi.fn(),
    onCompare: vi.fn(),
    ...overrides,
  };
}

describe('the run controls', () => {
  it('play, step and go back through their callbacks, and say "Pause" while playing', async () => {
    const given = props();
    const { rerender } = render(RunControls, given);
    await fireEvent.click(screen.getByRole('button', { name: t('sandbox.controls.play') }));
    await fireEvent.click(screen.getByRole('button', { name: t('sandbox.controls.step') }));
    await fireEvent.click(screen.getByRole('button', { name: t('sandbox.controls.rewind') }));
    expect(given.onToggle).toHaveBeenCalledOnce();
    expect(given.onStep).toHaveBeenCalledOnce();
    expect(given.onRewind).toHaveBeenCalledOnce();
    await rerender({ playing: true });
    expect(screen.getByRole('button', { name: t('sandbox.controls.pause') }).getAttribute('aria-pressed')).toBe('true');
  });

  it('move the cursor with the scrubber, which reads as weeks elapsed', async () => {
    const given = props();
    render(RunControls, given);
    const scrubber = screen.getByRole('slider', { name: t('sandbox.controls.week') }) as HTMLInputElement;
    expect(scrubber.max).toBe('155');
    expect(scrubber.value).toBe('10');
    expect(scrubber.getAttribute('aria-valuetext')).toBe(t('sandbox.controls.weekOf', { week: 11, weeks: 156 }));
    await fireEvent.input(scrubber, { target: { value: '40' } });
    expect(given.onSeek).toHaveBeenCalledWith(40);
  });

  it('cannot step past the last week, and waits while there is no run', async () => {
    const { rerender } = render(RunControls, props({ position: 155 }));
    expect((screen.getByRole('button', { name: t('sandbox.controls.step') }) as HTMLButtonElement).disabled).toBe(true);
    await rerender({ waiting: true, position: 0 });
    expect((screen.getByRole('button', { name: t('sandbox.controls.play') }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('slider', { name: t('sandbox.controls.week') }) as HTMLInputElement).disabled).toBe(true);
  });

  it('hand over the speed, a typed seed on Enter, a new seed, and compare mode', async () => {
    const given = props();
    render(RunControls, given);
    await fireEvent.change(screen.getByRole('combobox', { name: t('sandbox.controls.speed') }), { target: { value: '52' } });
    expect(given.onSpeed).toHaveBeenCalledWith(52);
    const seed = screen.getByRole('textbox', { name: t('sandbox.size.seed') });
    await fireEvent.input(seed, { target: { value: '77' } });
    expect(given.onSeedText).not.toHaveBeenCalled();
    await fireEvent.change(seed, { target: { value: '77' } });
    expect(given.onSeedText).toHaveBeenCalledWith('77');
    await fireEvent.click(screen.getByRole('button', { name: t('sandbox.seed.new') }));
    expect(given.onNewSeed).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole('switch', { name: t('sandbox.compare.switch') }));
    expect(given.onCompare).toHaveBeenCalledWith(true);
  });
});
