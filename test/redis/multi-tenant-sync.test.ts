/**
 * examples/multi-tenant-sync.ts: 50 tenants synced by 3 worker processes on BullMQ, one of them
 * killed (SIGKILL) mid-run. Every tenant's records arrive exactly once, the killed worker's
 * tenants are finished by the others from their stored state, and no tenant meets a 429.
 */
import { describe, expect, it } from 'vitest';
import { runSyncFleet } from '../../examples/multi-tenant-sync.js';
import { redisUrl, uniquePrefix } from './helpers.js';

describe('syncing many tenants on BullMQ', () => {
  it('50 tenants, 3 workers, one killed mid-run: every record exactly once, 0 x 429', async () => {
    const report = await runSyncFleet({
      redisUrl: redisUrl(),
      prefix: uniquePrefix(),
      tenants: 50,
      workers: 3,
      killAt: 0.3,
      // Under SmartRecruiters' 10/s, which the fake enforces per tenant: on a loaded machine a
      // process can be descheduled between a start and its arrival (see test/redis/fleet.test.ts).
      requestsPerSecond: 8,
    });
    expect(report.killed).toEqual(expect.any(Number));
    expect(report.completed).toBe(100);
    expect(report.duplicates).toEqual([]);
    expect(report.missing).toEqual([]);
    // The killed worker had tenants in progress: another worker finished them from their state.
    expect(report.resumed.length).toBeGreaterThan(0);
    expect(report.rateLimited).toBe(0);
    expect(report.maxPerSecond).toBeLessThanOrEqual(10);
    expect(report.maxInFlight).toBeLessThanOrEqual(8);
  }, 180_000);
});
