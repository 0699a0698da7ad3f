// The perf scripts' command line: `--name value` options and bare `--flag`s.
export const args = process.argv.slice(2);

/** The value after `--name`, or `fallback`. */
export function arg(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}
