// `feishu-card <command>`: the command-line front end over the same card service the server uses.
import { runLint } from './lint';
import { runRender } from './render';

const USAGE = `Usage: feishu-card <command> [options]

Commands:
  lint <files or globs>   Check cards. Options: --format stylish|json|sarif, --sender app|webhook,
                          --max-warnings N, --locale en|zh-cn
  render <card>           Print the card with its sample data (--data file, default <card>.data.json) filled in
`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  lint: runLint,
  render: runRender,
};

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
