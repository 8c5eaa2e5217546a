// The help texts of `feishu-card` and of each command, and the exit codes they promise, in one place so that
// `--help`, the README and the commands say the same thing.

/** Exit codes: distinct, so that CI can tell "the card has problems" from "the tool could not run". */
export const EXIT = {
  /** Nothing to report (or the interaction succeeded). */
  ok: 0,
  /** Findings (errors, or more warnings than --max-warnings), or the interaction did not succeed. */
  findings: 1,
  /** Wrong usage, or a file or the output could not be read or written. */
  error: 2,
} as const;

/** A mistake in the command line: reported with a pointer to the command's help, exit 2. */
export class UsageError extends Error {}

const EXIT_CODES = `Exit codes: 0 no problems, 1 problems found (or the interaction failed), 2 usage or I/O error.`;

export const COMMAND_HELP: Record<string, string> = {
  lint: `Usage: feishu-card lint <files, directories or globs> [options]

Checks cards. A directory is searched for *.json and *.jsonc files (node_modules, .git and what
.gitignore lists are skipped); JSON files that are not cards are left alone unless named *.card.json.

Options:
  --format stylish|json|sarif   Output format (default stylish)
  --sender app|webhook          Who sends the card: an app bot (default) or a custom bot's webhook
  --max-warnings N              Also fail when there are more than N warnings
  --locale en|zh-cn             Language of the messages (default en)
  --template auto|always|never  Check \${…} as Feishu template variables: auto (default) when the card has
                                sample data or template marks, always, or never

${EXIT_CODES}
`,
  render: `Usage: feishu-card render <card> [--data FILE]

Prints the card with its sample data filled in and loops expanded, as the platform would send it.
The data comes from --data FILE, else from <card>.data.json next to the card.

${EXIT_CODES}
`,
  preview: `Usage: feishu-card preview <card> [options]

Serves the card preview and its callback console on 127.0.0.1 and re-renders on save. Clicks produce
the callback bodies the platform would send; with --url they are POSTed to your server.

Options:
  --port N                      Port to listen on (default: any free port)
  --url URL                     Your callback URL (http: or https:)
  --encrypt-key K               Encrypt key from the developer console
  --verification-token T        Verification token from the developer console
  --locale en|zh-cn             Language of the page (default en)
  --theme light|dark            Theme of the page (default light)
  --platform                    Also start a local Feishu platform your bot's SDK can point at
  --platform-port N             Its port (default: any free port; implies --platform)

${EXIT_CODES}
`,
  simulate: `Usage: feishu-card simulate <card> --target <element_id|name|JSON pointer> [options]

Performs one interaction and prints {"request", "response"} as JSON (the response only with --url).

Options:
  --target REF                  The component to click or fill (required)
  --input name=value            A field's value (repeatable); a bare value is the target's own
  --data FILE                   Sample data for a template card (default <card>.data.json)
  --url URL                     POST the request to your callback URL (http: or https:)
  --encrypt-key K               Encrypt key from the developer console
  --verification-token T        Verification token from the developer console

Exit 1 when the interaction sends no callback, the send fails or your server's answer is an error.
${EXIT_CODES}
`,
  migrate: `Usage: feishu-card migrate <card> [--write]

Prints the JSON 2.0 version of a 1.0 card; --write replaces the file. What has no 2.0 equivalent is
listed on stderr.

${EXIT_CODES}
`,
  rules: `Usage: feishu-card rules [--locale en|zh-cn]

Lists every rule id with its default severity and what it checks.

${EXIT_CODES}
`,
};

export const USAGE = `Usage: feishu-card <command> [options]

Commands:
  lint <files, dirs, globs>  Check cards (--format stylish|json|sarif, --sender, --max-warnings, --locale)
  render <card>              Print the card with its sample data filled in
  preview <card>             Serve the card preview and callback console on 127.0.0.1
  simulate <card>            Perform one interaction and print the callback request (and the answer)
  migrate <card>             Print the JSON 2.0 version of a 1.0 card (--write replaces the file)
  rules                      List every rule id with its default severity

Options:
  --help, -h                 This help; \`feishu-card <command> --help\` for a command's options
  --version, -v              The version

${EXIT_CODES}
`;
