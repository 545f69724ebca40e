/** What every command-line entry shares: where the corpus lives, and one clear error line instead of a stack trace. */
import { fileURLToPath } from 'node:url';
import { InputError } from './read-posts';

export const DEFAULT_CORPUS = fileURLToPath(new URL('../../../shared/corpus/labelled.jsonl', import.meta.url));

/** The value after a flag, taken out of args; undefined when the flag is absent. */
export function takeFlag(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
}

const readerLeft = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EPIPE';

export async function runCli(main: () => void | Promise<void>): Promise<void> {
  // A reader that stops early (| head) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (error) => {
    if (readerLeft(error)) process.exit(0);
    throw error;
  });
  try {
    await main();
  } catch (error) {
    if (readerLeft(error)) process.exit(0);
    const message = error instanceof InputError ? error.message : `unexpected error: ${(error as Error).stack ?? error}`;
    process.stderr.write(`zendmeter: ${message}\n`);
    process.exitCode = error instanceof InputError ? 2 : 1;
  }
}
