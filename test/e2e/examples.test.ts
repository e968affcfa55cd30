/**
 * The interview-panel and offer-to-onboarding examples run end to end on the embedded fake (they
 * are imported, so they run in this process; credentials in the environment are hidden meanwhile).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const CREDENTIALS = ['SMARTRECRUITERS_API_KEY', 'SMARTRECRUITERS_CLIENT_ID', 'SMARTRECRUITERS_CLIENT_SECRET'];
const saved: Record<string, string | undefined> = {};
let lines: string[] = [];

beforeEach(() => {
  for (const name of CREDENTIALS) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
  lines = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  });
});
afterEach(() => {
  for (const name of CREDENTIALS) if (saved[name] !== undefined) process.env[name] = saved[name];
});

describe('examples', () => {
  it('interview-panel schedules a panel and finds it by job application id', async () => {
    await import('../../examples/interview-panel.js');
    const text = lines.join('\n');
    expect(text).toMatch(/== Schedule the interview/);
    expect(text).toMatch(/video: https:\/\/meet\.example\.com\/panel-42/);
    expect(text).toMatch(/accepted "Technical interview"/);
    expect(text).toMatch(/Technical interview, 2 slot\(s\), candidate pending/);
  });

  it('offer-to-onboarding hires with the accepted offer and reads its amount and start date', async () => {
    await import('../../examples/offer-to-onboarding.js');
    const text = lines.join('\n');
    expect(text).toMatch(/accepted \(ACCEPTED\)/);
    expect(text).toMatch(/amount \d+ [A-Z]{3}, starts \d{4}-\d{2}-\d{2}T/);
    expect(text).toMatch(/"status":"hired"/);
    expect(text).toMatch(/"offer_letter":"Offer letter - /);
  });
});
