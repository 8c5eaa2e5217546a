// `feishu-card <command>`: the command-line front end over the same card service the server uses.
// It owns the exit code: the command's own (0 clean, 1 findings, 2 usage or I/O error), never replaced by
// what happens to the output pipe, and no input ends the process with a stack trace.
import { version } from '../../../package.json';
import { runLint } from './lint';
import { runMigrate } from './migrate';
import { runPreview } from './preview';
import { runRender } from './render';
import { runRules } from './rules';
import { runSimulate } from './simulate';
import { COMMAND_HELP, EXIT, USAGE, UsageError } from './usage';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  lint: runLint,
  preview: runPreview,
  simulate: runSimulate,
  render: runRender,
  rules: runRules,
  migrate: runMigrate,
};

// `feishu-card lint … | head -c1` closes the pipe early. The reader has what it wanted, but the exit code
// must still be the command's: under `set -o pipefail` a failing lint has to fail the pipeline. Further
// writes are dropped. Any other write error (ENOSPC, EIO) means the output is lost: say so once, exit 2.
let outputFailed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (outputFailed) return;
  outputFailed = true;
  if (error.code === 'EPIPE') return;
  const reason = error.code === 'ENOSPC' ? 'no space left on device (ENOSPC)' : (error.code ?? error.message);
  process.stderr.write(`feishu-card: cannot write the output: ${reason}\n`);
  process.exit(EXIT.error);
});

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    process.stdout.write(topic && Object.hasOwn(COMMAND_HELP, topic) ? COMMAND_HELP[topic] : USAGE);
    return name ? EXIT.ok : EXIT.error;
  }
  if (!Object.hasOwn(commands, name)) {
    process.stderr.write(`feishu-card: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.error;
  }
  // `--help` anywhere before a `--` asks for the command's help, whatever else is on the line.
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (options.includes('--help') || options.includes('-h')) {
    process.stdout.write(COMMAND_HELP[name]);
    return EXIT.ok;
  }
  try {
    return await commands[name](rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs reports unknown options and missing values with these codes: usage errors too.
    const code = (error as { code?: string }).code ?? '';
    const usage = error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(
      `feishu-card ${name}: ${message}\n` +
        (usage ? `Run \`feishu-card ${name} --help\` for its options.\n` : ''),
    );
    return EXIT.error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`feishu-card: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.error;
  },
);
