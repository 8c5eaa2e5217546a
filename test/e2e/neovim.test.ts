// The language server in Debian's Neovim (0.7.2, installed by scripts/e2e/setup.sh), configured exactly as
// the README says for that version: a card opened headless gets diagnostics with the settings from the
// config applied, a quick fix chosen through vim.lsp.buf.code_action() is applied and the file written.
// Run `npm run build` first. Every wait is bounded: Neovim's own vim.wait calls, and a kill below.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { lintText } from '../../server/src/card';

const ROOT = path.resolve(__dirname, '..', '..');
const NVIM = process.env.NVIM_BIN ?? 'nvim';
const KILL_AFTER_MS = 120_000;

/** The README's Lua block for Neovim 0.7 to 0.10. */
function readmeConfig(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const match = /Neovim 0\.7 to 0\.10[^\n]*\n(?:[^\n]*\n)*?```lua\n([\s\S]*?)```/.exec(readme);
  assert.ok(match, 'README has no Lua config for Neovim 0.7 to 0.10');
  return match[1];
}

// The checker's link is an error by default (lowered to a warning below); the callback button is fine for
// an app bot and flagged for a webhook bot (sender set below).
const card = `{
  "schema": "2.0",
  "body": {
    "elements": [
      { "tag": "markdown", "content": "Pick the tasks you finished" },
      { "tag": "checker", "name": "done", "behaviors": [{ "type": "open_url", "default_url": "https://example.com" }] },
      { "tag": "button", "text": { "tag": "plain_text", "content": "Go" }, "behaviors": [{ "type": "callback", "value": { "a": 1 } }] }
    ]
  }
}
`;

// Runs inside Neovim after the card is opened: waits for diagnostics, records them, picks the checker's
// quick fix through the same menu a user gets (vim.ui.select), writes the file, waits for the new
// diagnostics, and leaves its findings in a JSON file.
const driver = `
local result = { steps = {} }
local function step(name) table.insert(result.steps, name) end
local function diagnostics()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(out, { code = d.code, severity = d.severity, lnum = d.lnum, col = d.col })
  end
  return out
end
local function finish()
  local file = io.open(os.getenv('FEISHU_RESULT'), 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end
local function has(code)
  for _, d in ipairs(vim.diagnostic.get(0)) do if d.code == code then return d end end
end
local ok, err = pcall(function()
  if not vim.wait(60000, function() return has('checker-open-url') ~= nil end, 50) then
    error('no checker-open-url diagnostic')
  end
  step('diagnostics')
  result.before = diagnostics()
  local target = has('checker-open-url')
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local offered = nil
  vim.ui.select = function(items, opts, on_choice)
    offered = {}
    local chosen = nil
    for _, item in ipairs(items) do
      local title = opts.format_item(item)
      table.insert(offered, title)
      if chosen == nil and title:find('Remove the link', 1, true) then chosen = item end
    end
    on_choice(chosen)
  end
  local tick = vim.b.changedtick
  vim.lsp.buf.code_action()
  if not vim.wait(30000, function() return vim.b.changedtick ~= tick end, 50) then
    error('the quick fix changed nothing; offered: ' .. vim.inspect(offered))
  end
  result.offered = offered
  step('fixed')
  vim.cmd('write')
  step('written')
  if not vim.wait(60000, function() return has('checker-open-url') == nil end, 50) then
    error('checker-open-url still reported after the fix')
  end
  result.after = diagnostics()
end)
if not ok then result.error = tostring(err) end
finish()
`;

let dir: string;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'feishu-nvim-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function runNeovim(init: string, file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      NVIM,
      ['--headless', '-n', '-i', 'NONE', '-u', init, file, '-c', 'luafile driver.lua'],
      {
        cwd: dir,
        env: {
          ...process.env,
          FEISHU_RESULT: path.join(dir, 'result.json'),
          // Keep Neovim away from the user's own config and state.
          XDG_CONFIG_HOME: path.join(dir, 'config'),
          XDG_DATA_HOME: path.join(dir, 'data'),
          XDG_STATE_HOME: path.join(dir, 'state'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

interface Result {
  steps: string[];
  error?: string;
  before?: { code: string; severity: number; lnum: number }[];
  after?: { code: string; severity: number }[];
  offered?: string[];
}

test(
  "Debian's Neovim with the README's config: diagnostics with settings, a quick fix applied and written",
  { timeout: KILL_AFTER_MS + 10_000 },
  async () => {
    const version = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
    assert.equal(
      version.status,
      0,
      `${NVIM} not found: run \`npm run e2e:setup\` (installs Debian's neovim)`,
    );
    const defaults = "{ sender = 'app', rules = {} }";
    const config = readmeConfig();
    assert.ok(config.includes(defaults), `the README's config no longer sets ${defaults}`);
    const init = config
      .replace('/path/to/feishu-card-tools', ROOT)
      .replace(defaults, "{ sender = 'webhook', rules = { ['checker-open-url'] = 'warning' } }");
    writeFileSync(path.join(dir, 'init.lua'), init);
    writeFileSync(path.join(dir, 'driver.lua'), driver);
    writeFileSync(path.join(dir, 'tasks.card.json'), card);

    const run = await runNeovim('init.lua', 'tasks.card.json');
    let result: Result;
    try {
      result = JSON.parse(readFileSync(path.join(dir, 'result.json'), 'utf8')) as Result;
    } catch {
      assert.fail(`Neovim left no result (exit ${run.code}):\n${run.output.slice(-3000)}`);
    }
    assert.equal(result.error, undefined, `${result.error}\nsteps: ${result.steps.join(', ')}`);

    // The settings in init_options hold: the checker's link is a warning, and the webhook sender is known.
    const link = result.before!.find((d) => d.code === 'checker-open-url');
    assert.equal(link?.severity, 2 /* vim.diagnostic.severity.WARN */, JSON.stringify(result.before));
    assert.ok(
      result.before!.some((d) => d.code === 'webhook-callback'),
      JSON.stringify(result.before),
    );
    // Neovim cannot run the VS Code client's "turn off" command, so it is not offered.
    assert.ok(!result.offered!.some((title) => title.startsWith('Turn off')), result.offered!.join('\n'));

    // The fix is on disk, and the written card is clean of that finding.
    const written = readFileSync(path.join(dir, 'tasks.card.json'), 'utf8');
    const checker = (JSON.parse(written) as { body: { elements: { tag: string; behaviors?: unknown }[] } })
      .body.elements[1];
    assert.equal(checker.tag, 'checker');
    assert.ok(!JSON.stringify(checker).includes('open_url'), JSON.stringify(checker));
    assert.ok(!lintText(written).findings.some((f) => f.ruleId === 'checker-open-url'));
    assert.ok(!result.after!.some((d) => d.code === 'checker-open-url'));
  },
);
