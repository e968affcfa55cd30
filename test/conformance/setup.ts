/**
 * vitest setup file: with SMARTRECRUITERS_CONFORMANCE_DIR set, every request the fake answers
 * during the test suite is checked against SmartRecruiters' specification (the conformance table)
 * and the results are appended to that directory for `npm run conformance`. Without it, nothing is
 * observed.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { ExchangeChecker } from '../../scripts/conformance/check-exchange.js';
import { Recorder } from '../../scripts/conformance/record.js';
import { observeFakes } from '../../src/testing/observe.js';

const dir = process.env.SMARTRECRUITERS_CONFORMANCE_DIR;

if (dir) {
  const recorder = new Recorder(new ExchangeChecker(), dir, 'tests');
  const stop = observeFakes((exchange) => recorder.observe(exchange));
  beforeAll(() => {
    recorder.where = (expect.getState().testPath ?? '').replace(/^.*?\/test\//, 'test/');
  });
  afterAll(async () => {
    stop();
    await recorder.flush();
  });
}
