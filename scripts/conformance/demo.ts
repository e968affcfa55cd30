/**
 * Runs the demo (examples/quickstart.ts) with every request the fake answers checked against
 * SmartRecruiters' specification; the results go to SMARTRECRUITERS_CONFORMANCE_DIR (see
 * scripts/conformance/record.ts). The demo imports the package by its name, so the observer is
 * registered on the same module: the built `smartrecruiters-sdk/testing`.
 *
 *   SMARTRECRUITERS_CONFORMANCE_DIR=.conformance node --import tsx scripts/conformance/demo.ts
 */
import { observeFakes } from 'smartrecruiters-sdk/testing';
import { ExchangeChecker } from './check-exchange.js';
import { Recorder } from './record.js';

const dir = process.env.SMARTRECRUITERS_CONFORMANCE_DIR;
if (!dir) throw new Error('set SMARTRECRUITERS_CONFORMANCE_DIR');
// The demo runs on the fake only: credentials in the environment would send it to a real account.
for (const name of [
  'SMARTRECRUITERS_API_KEY',
  'SMARTRECRUITERS_CLIENT_ID',
  'SMARTRECRUITERS_CLIENT_SECRET',
]) {
  delete process.env[name];
}
const recorder = new Recorder(new ExchangeChecker(), dir, 'demo');
recorder.where = 'examples/quickstart.ts';
const stop = observeFakes((exchange) => recorder.observe(exchange));
try {
  await import('../../examples/quickstart.js');
} finally {
  stop();
  await recorder.flush();
}
