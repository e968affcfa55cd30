#!/usr/bin/env node
/**
 * `npx smartrecruiters-sdk`: the command line (Node only). See `smartrecruiters-sdk --help`.
 */
import { CommanderError } from 'commander';
import { describeFailure, EXIT } from './errors.js';
import { buildProgram, type Outcome } from './program.js';

async function main(argv: string[]): Promise<number> {
  const outcome: Outcome = { exitCode: EXIT.ok };
  const program = buildProgram(outcome);
  try {
    await program.parseAsync(argv);
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander printed its message (or the help, or the version) already.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const { message, exitCode } = describeFailure(error);
    process.stderr.write(`smartrecruiters-sdk: ${message}\n`);
    return exitCode;
  }
}

const code = await main(process.argv);
// Exit once stdout is written out: open keep-alive connections must not hold the command.
process.stdout.write('', () => process.exit(code));
