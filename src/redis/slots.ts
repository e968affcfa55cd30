/**
 * Places in a clustered Bottleneck, handed to waiting requests in order. Bottleneck cannot take a
 * job back out of its queue, so the jobs it runs carry no request: each one, when Bottleneck
 * starts it, takes the first request still waiting. A request aborted while it waits leaves the
 * local queue at once and never holds a place; at most `cap` jobs are ahead in Bottleneck for this
 * process, so after any number of aborts at most `cap` places start with nobody to take them
 * (each such job ends at once: it costs one `minTime` step of the credential's pace).
 */
import type Bottleneck from 'bottleneck';
import { errorOf } from '../internal/abort.js';

/** Frees a place (its Bottleneck job ends). Idempotent. */
export type SlotRelease = () => void;

interface Waiter {
  resolve(release: SlotRelease): void;
  reject(error: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

export class SlotQueue {
  private readonly waiters: Waiter[] = [];
  /** Jobs given to Bottleneck that have not started yet. */
  private pending = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly limiter: Bottleneck,
    /** Most jobs ahead in Bottleneck at once for this process. */
    private readonly cap: number,
    /** Bottleneck's `expiration`: a place is given back after this long whatever happens. */
    private readonly leaseMs: number,
    /** A job Bottleneck could not take (its Redis call failed). */
    private readonly onJobError: (error: unknown) => void,
  ) {}

  /** Requests waiting for a place, and jobs not yet started. */
  get busy(): boolean {
    return this.waiters.length > 0 || this.pending > 0;
  }

  /** Waits for a place; rejects with the signal's error as soon as it aborts. */
  take(signal?: AbortSignal): Promise<SlotRelease> {
    if (signal?.aborted) return Promise.reject(errorOf(signal));
    return new Promise<SlotRelease>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          const index = this.waiters.indexOf(waiter);
          if (index >= 0) this.waiters.splice(index, 1);
          reject(errorOf(signal));
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.waiters.push(waiter);
      this.topUp();
    });
  }

  /** Rejects every waiting request with `error` (Redis is down, the limiter closed). */
  failAll(error: unknown): void {
    for (const waiter of this.waiters.splice(0)) {
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.reject(error);
    }
  }

  /** Gives Bottleneck one job per waiting request, `cap` at most. */
  topUp(): void {
    while (this.pending < Math.min(this.cap, this.waiters.length)) {
      this.pending++;
      let started = false;
      this.limiter
        .schedule({ expiration: this.leaseMs }, () => {
          started = true;
          return this.run();
        })
        .catch((error: unknown) => {
          if (started) return; // expired after `leaseMs`: Bottleneck freed the place itself
          this.pending--;
          this.onJobError(error);
          // Try again shortly for those still waiting (an outage fails them meanwhile).
          if (this.waiters.length > 0 && this.retryTimer === undefined) {
            this.retryTimer = setTimeout(() => {
              this.retryTimer = undefined;
              this.topUp();
            }, 250);
          }
        });
    }
  }

  /** A job started: its place goes to the first request still waiting, or back at once. */
  private run(): Promise<void> {
    this.pending--;
    const waiter = this.waiters.shift();
    if (!waiter) return Promise.resolve();
    this.topUp();
    if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
    return new Promise<void>((done) => {
      let released = false;
      waiter.resolve(() => {
        if (released) return;
        released = true;
        done();
      });
    });
  }

  /** Stops the retry timer. */
  dispose(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}
