/** Where the command line writes: standard output for results, standard error for the one-line problem. */
export interface CliOutput {
  stdout(text: string): void;
  /**
   * Standard output as UTF-8 bytes, where it takes them (the process's does): large output without strings. True
   * when done with the bytes once it returns (written, none kept), so the caller may write over them.
   */
  stdoutBytes?(bytes: Uint8Array): boolean | void;
  stderr(text: string): void;
}

/** Exit status when the file was read (findings are not failures). */
export const EXIT_OK = 0;
/** Exit status when the file could not be read or the arguments are wrong. */
export const EXIT_FAILURE = 2;

/** Reports a problem as exactly one line on standard error, and gives the failure status. */
export function failWith(output: CliOutput, message: string): number {
  output.stderr(message.replace(/\s*[\r\n]+\s*/g, " ").trim() + "\n");
  return EXIT_FAILURE;
}
