/**
 * Reads in a loop for as long as a change runs: what readers saw (and any error they met) while
 * an index was being rebuilt or updated, for the "never a half state" checks.
 */
export async function readThroughout<T, R>(read: () => Promise<T>, change: () => Promise<R>): Promise<{ seen: T[]; errors: unknown[]; result: R }> {
  const seen: T[] = [];
  const errors: unknown[] = [];
  let done = false;
  const reading = (async () => {
    while (!done) {
      try {
        seen.push(await read());
      } catch (error) {
        errors.push(error);
      }
    }
  })();
  try {
    return { seen, errors, result: await change() };
  } finally {
    done = true;
    await reading;
  }
}
