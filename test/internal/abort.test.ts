import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeoutError } from '../../src/core/errors.js';
import { AttemptSignal, type Deadline } from '../../src/internal/abort.js';

describe('AttemptSignal', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const deadline = (ms: number, caller?: AbortSignal): Deadline => ({
    at: performance.now() + ms,
    reason: () => new TimeoutError('deadline'),
    caller,
  });

  it('aborts at the deadline with the deadline reason', () => {
    const abort = new AttemptSignal(deadline(1000));
    vi.advanceTimersByTime(999);
    expect(abort.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(abort.signal.reason).toMatchObject({ message: 'deadline' });
  });

  it('aborts at the end of a wait shorter than the deadline, with the wait reason', () => {
    const abort = new AttemptSignal(deadline(1000));
    abort.limit(100, () => new TimeoutError('wait'));
    vi.advanceTimersByTime(100);
    expect(abort.signal.reason).toMatchObject({ message: 'wait' });
  });

  it('keeps the deadline when a wait would outlast it, and a new limit replaces the previous one', () => {
    const abort = new AttemptSignal(deadline(1000));
    abort.limit(50, () => new TimeoutError('first wait'));
    abort.limit(5000, () => new TimeoutError('second wait'));
    vi.advanceTimersByTime(999);
    expect(abort.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(abort.signal.reason).toMatchObject({ message: 'deadline' });
  });

  it('aborts with the caller reason, at once when the caller already aborted', () => {
    const caller = new AbortController();
    const abort = new AttemptSignal(deadline(1000, caller.signal));
    const reason = new Error('stop');
    caller.abort(reason);
    expect(abort.signal.reason).toBe(reason);
    expect(new AttemptSignal(deadline(1000, caller.signal)).signal.reason).toBe(reason);
  });

  it('aborts at once when the deadline has passed', () => {
    const abort = new AttemptSignal(deadline(-1));
    expect(abort.signal.reason).toMatchObject({ message: 'deadline' });
  });

  it('after dispose, neither the timer nor the caller aborts it, and the caller keeps no listener', () => {
    const caller = new AbortController();
    const add = vi.spyOn(caller.signal, 'addEventListener');
    const remove = vi.spyOn(caller.signal, 'removeEventListener');
    const abort = new AttemptSignal(deadline(1000, caller.signal));
    abort.dispose();
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]![1]);
    vi.advanceTimersByTime(2000);
    caller.abort();
    expect(abort.signal.aborted).toBe(false);
  });
});
