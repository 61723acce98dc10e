/**
 * What every command-line tool shares: its language, its catalogue, and how it ends. A refusal is
 * one line and an exit code (1: a problem with the input, 2: a usage mistake); anything else is an
 * unexpected error, said in one line, with its stack only under `--debug` (exit code 3). Never a
 * stack trace unasked.
 */
import { cliLang } from './lang.js';
import { type CliMessages, cliMessages } from './messages.js';

/** A refusal: the line that says what is wrong and what to do, and the exit code. */
export class Refusal extends Error {
  constructor(
    readonly line: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(line);
    this.name = 'Refusal';
  }
}

/** Where the tool runs: the package's folder, for the tools that write the package's own files; what the launcher hands a tool besides. */
export interface CommandContext {
  root: string;
  /** The elements' code as one script (`npm run slides`): built by the launcher, which runs Vite. */
  standaloneCode?: () => Promise<string>;
}

/** A tool as the launcher (scripts/cli.mjs) runs it: its arguments in, its exit code out. */
export type Main = (argv: string[], context: CommandContext) => Promise<number>;

/** A tool whose usage `--help` (or `-h`) prints, on stdout, exiting 0. */
type Tool = keyof CliMessages['usage'];

export function command(run: (argv: string[], t: CliMessages, context: CommandContext) => Promise<number>, tool?: Tool): Main {
  return async (argv, context) => {
    const t = cliMessages[cliLang()];
    if (tool && argv.some((arg) => arg === '--help' || arg === '-h')) {
      console.log(t.usage[tool]);
      return 0;
    }
    try {
      return await run(argv, t, context);
    } catch (error) {
      if (error instanceof Refusal) {
        console.error(error.line);
        return error.exitCode;
      }
      const message = error instanceof Error ? error.message : String(error);
      console.error(t.unexpected(message.split('\n')[0]));
      if (argv.includes('--debug')) console.error(error instanceof Error ? error.stack : error);
      return 3;
    }
  };
}

/** The options of `node:util`'s `parseArgs`, refused in words: an unknown option, or one without its value. */
export function usageRefusal(error: unknown, t: CliMessages, usage: string): Refusal {
  const { code, message } = error as { code?: string; message?: string };
  const option = message?.match(/'(-[^' ]*)/)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new Refusal(t.missingValue(option, usage), 2);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new Refusal(t.unknownOption(option, usage), 2);
  return new Refusal(usage, 2);
}
