// `feishu-card <command>`: the command-line front end over the same card service the server uses.
import { runLint } from './lint';
import { runMigrate } from './migrate';
import { runPreview } from './preview';
import { runSimulate } from './simulate';
import { runRender } from './render';
import { runRules } from './rules';

const USAGE = `Usage: feishu-card <command> [options]

Commands:
  lint <files or globs>   Check cards. Options: --format stylish|json|sarif, --sender app|webhook,
                          --max-warnings N, --locale en|zh-cn, --template auto|always|never
  render <card>           Print the card with its sample data (--data file, default <card>.data.json) filled in
  preview <file>          Serve the card preview and callback console on 127.0.0.1; re-renders on save.
                          Options: --port N, --url URL, --encrypt-key K, --verification-token T, --locale en|zh-cn,
                          --platform [--platform-port N] (a local Feishu platform your bot's SDK can point at)
  simulate <file>         Perform one interaction and print {"request", "response"} as JSON.
                          Options: --target <element_id|name|JSON pointer> (required), --input name=value
                          (repeatable), --data FILE, --url URL, --encrypt-key K, --verification-token T
  migrate <card>          Print the JSON 2.0 version of a 1.0 card (--write replaces the file); what has no
                          2.0 equivalent is listed on stderr
  rules                   List every rule id with its default severity (--locale en|zh-cn)
`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  lint: runLint,
  preview: runPreview,
  simulate: runSimulate,
  render: runRender,
  rules: runRules,
  migrate: runMigrate,
};

// `feishu-card rules | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`feishu-card: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`feishu-card: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
