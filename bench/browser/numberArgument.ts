/** A numeric command-line option (`--size 100000`) of a browser bench's own script, or `fallback` when absent. */
export function numberArgument(argv: readonly string[], flag: string, fallback: number): number {
  const index = argv.indexOf(flag);
  return index >= 0 ? Number(argv[index + 1]) : fallback;
}
