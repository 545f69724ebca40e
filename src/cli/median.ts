/** The middle of a benchmark's runs (the upper middle of an even count): what every bench reports. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** A benchmark's runs in whole milliseconds, as every bench lists them after its median. */
export function runsInMs(values: readonly number[]): string {
  return values.map((ms) => ms.toFixed(0)).join(', ');
}
