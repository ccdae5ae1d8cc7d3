/**
 * How every command of the CLI ends: the main function's number is the exit status, and an
 * unexpected error becomes one line on stderr and status 1, never a stack trace.
 */
export function runMain(main: () => number | Promise<number>): void {
  const fail = (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  };
  try {
    const outcome = main();
    if (typeof outcome === 'number') process.exitCode = outcome;
    else outcome.then((status) => (process.exitCode = status), fail);
  } catch (error) {
    fail(error);
  }
}
