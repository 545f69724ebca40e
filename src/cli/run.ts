/** What every command-line entry shares: where the corpus lives, and one clear error line instead of a stack trace. */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { InputError } from './read-posts';

export const DEFAULT_CORPUS = fileURLToPath(new URL('../../../shared/corpus/labelled.jsonl', import.meta.url));

export interface Command {
  /** How to call it, printed by --help and below a mistyped call. */
  usage: string;
  /** Its options, each taking a value ("url" for --url URL). */
  options?: readonly string[];
  /** How many files it reads at most. */
  files: number;
}

export interface Arguments {
  /** Each option's value, undefined where it was not given. */
  options: Record<string, string | undefined>;
  files: string[];
}

/**
 * The command's arguments, read by Node's own parseArgs. --help prints the usage and ends; an option the
 * command does not know, one without its value, or a file too many is an input error that shows the usage,
 * where before "--ur" or "--help" was taken for a file that does not exist.
 */
function readArguments({ usage, options = [], files }: Command): Arguments {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: { help: { type: 'boolean', short: 'h' }, ...Object.fromEntries(options.map((name) => [name, { type: 'string' }])) },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // Node's words, less its advice on quoting a file name that begins with a dash: "unknown option '--ur'".
    const said = (error as Error).message.replace(/\. To specify.*$/s, '');
    throw new InputError(`${said[0].toLowerCase()}${said.slice(1)}\n${usage}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  if (parsed.positionals.length > files)
    throw new InputError(`${files === 0 ? 'it reads no file' : 'one file at a time'}; given ${parsed.positionals.join(', ')}\n${usage}`);
  const given = parsed.values as Record<string, string | undefined>;
  return { options: Object.fromEntries(options.map((name) => [name, given[name]])), files: parsed.positionals };
}

/**
 * Text from a file, safe to print to a terminal: control characters (an escape sequence in an account's name
 * would recolour or clear the screen) are written as their \\u codes, visible and exact.
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A report's lines on standard output, each printable: what a file said reaches the terminal as text. */
export function printLines(lines: readonly string[]): void {
  process.stdout.write(
    `${lines
      .flatMap((line) => line.split('\n'))
      .map(printable)
      .join('\n')}\n`,
  );
}

const readerLeft = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EPIPE';

export async function runCli(command: Command, main: (args: Arguments) => void | Promise<void>): Promise<void> {
  // A reader that stops early (| head) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (error) => {
    if (readerLeft(error)) process.exit(0);
    throw error;
  });
  try {
    await main(readArguments(command));
  } catch (error) {
    if (readerLeft(error)) process.exit(0);
    const message = error instanceof InputError ? error.message : `unexpected error: ${(error as Error).stack ?? error}`;
    process.stderr.write(`zendmeter: ${message}\n`);
    process.exitCode = error instanceof InputError ? 2 : 1;
  }
}
