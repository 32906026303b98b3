/**
 * The `orgwright` command line (`npm run orgwright -- check positions.xlsx`): the core and the file
 * adapter, headless. Everything happens in runCli; this file only connects it to the process.
 */
import { runCli } from "./runCli";

runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  // Done with the bytes when nothing is left queued: a file, and a pipe or terminal on Linux, are written at once.
  stdoutBytes: (bytes) => {
    process.stdout.write(bytes);
    return process.stdout.writableLength === 0;
  },
  stderr: (text) => process.stderr.write(text),
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`orgwright: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
