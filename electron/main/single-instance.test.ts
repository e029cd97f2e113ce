import { describe, expect, it, vi } from 'vitest';
import { bringToFront, claimSingleInstance, type FocusableWindow } from './single-instance';

function fakeWindow(state: { minimized?: boolean; destroyed?: boolean } = {}) {
  return {
    isDestroyed: vi.fn(() => state.destroyed ?? false),
    isMinimized: vi.fn(() => state.minimized ?? false),
    restore: vi.fn(),
    focus: vi.fn(),
  } satisfies FocusableWindow;
}

describe('single instance: a second desktop instance focuses the first', () => {
  it('the first instance takes the lock and stays', () => {
    const app = { requestSingleInstanceLock: vi.fn(() => true), quit: vi.fn() };
    expect(claimSingleInstance(app)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('a second instance on the same data folder quits at once', () => {
    const app = { requestSingleInstanceLock: vi.fn(() => false), quit: vi.fn() };
    expect(claimSingleInstance(app)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('the first restores its minimised window and focuses it', () => {
    const win = fakeWindow({ minimized: true });
    expect(bringToFront(win)).toBe(true);
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
    expect(win.restore.mock.invocationCallOrder[0]).toBeLessThan(win.focus.mock.invocationCallOrder[0]!);
  });

  it('focuses a window that is not minimised without restoring it (a maximised window stays maximised)', () => {
    const win = fakeWindow();
    expect(bringToFront(win)).toBe(true);
    expect(win.restore).not.toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalledOnce();
  });

  it('does nothing while the window is not there yet, or is being destroyed', () => {
    expect(bringToFront(null)).toBe(false);
    expect(bringToFront(undefined)).toBe(false);
    const destroyed = fakeWindow({ destroyed: true, minimized: true });
    expect(bringToFront(destroyed)).toBe(false);
    expect(destroyed.restore).not.toHaveBeenCalled();
    expect(destroyed.focus).not.toHaveBeenCalled();
  });
});
