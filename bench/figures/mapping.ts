/**
 * Mapping a `CandidateDetails` record (lenient validation included) against `JSON.parse` of the
 * same record's bytes: what the SDK adds to a response it has already read should cost no more
 * than reading it. Then the lenient path: the same record with one wrong-typed field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, type Sdk } from '../lib/sdk.js';
import { paired, ratioText, timeSync, valueText } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const N = 4000;
// Many short rounds: a shared machine's load changes less within one.
const ROUNDS = 21;

export async function mappingFigures(sdk: Sdk): Promise<Row[]> {
  console.log('\n## Mapping a candidate detail (toUnifiedCandidate) vs JSON.parse of its bytes (µs)');
  const bytes = readFileSync(join(root, 'test/fixtures/sr/candidate-details.json'), 'utf8');
  const record = JSON.parse(bytes);
  // SR drift in a nested field: a boolean sent as a string.
  const drifted = JSON.parse(bytes);
  drifted.education[0].current = 'no';
  const map = (raw: unknown) => {
    const warnings: import('../../src/index.js').Warning[] = [];
    const candidate = sdk.toUnifiedCandidate(raw, { warnings });
    return [candidate, warnings] as const;
  };
  const [, warned] = map(drifted);
  if (warned.length !== 1)
    throw new Error(`expected one warning for the drifted record, got ${warned.length}`);

  const parse = await paired({
    rounds: ROUNDS,
    baseline: () => timeSync(N, () => JSON.parse(bytes)),
    subject: () => timeSync(N, () => map(record)),
  });
  console.log(
    `JSON.parse ${valueText(parse.baseline, 'µs', 1)}; mapped ${valueText(parse.subject, 'µs', 1)}`,
  );
  const lenient = await paired({
    rounds: ROUNDS,
    baseline: () => timeSync(N, () => map(record)),
    subject: () => timeSync(N, () => map(drifted)),
  });
  console.log(`one wrong-typed field: ${valueText(lenient.subject, 'µs', 1)} = ${ratioText(lenient.ratio)}`);
  return [
    {
      figure: 'Map + validate a candidate detail',
      baseline: `JSON.parse of its ${(Buffer.byteLength(bytes) / 1024).toFixed(1)} KB ${valueText(parse.baseline, 'µs', 1)}`,
      measured: `${valueText(parse.subject, 'µs', 1)} = ${ratioText(parse.ratio)}`,
      target: '<= 1.0x',
      met: parse.ratio.median <= 1,
    },
    {
      figure: 'Same record, one wrong-typed field (lenient path)',
      baseline: `the clean record ${valueText(lenient.baseline, 'µs', 1)}`,
      measured: `${valueText(lenient.subject, 'µs', 1)} = ${ratioText(lenient.ratio)}`,
      target: '<= 1.5x',
      met: lenient.ratio.median <= 1.5,
    },
  ];
}
