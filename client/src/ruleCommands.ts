// "Turn off <rule> in settings": the one command behind the per-rule quick fix.
import * as vscode from 'vscode';

export const DISABLE_RULE_COMMAND = 'feishuCard.disableRule';

export function registerRuleCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(DISABLE_RULE_COMMAND, async (ruleId: unknown) => {
      if (typeof ruleId !== 'string' || !/^[a-z0-9-]+$/.test(ruleId)) return;
      const config = vscode.workspace.getConfiguration('feishuCard');
      const rules = { ...(config.get<Record<string, string>>('rules') ?? {}), [ruleId]: 'off' };
      const target = vscode.workspace.workspaceFolders?.length
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
      await config.update('rules', rules, target);
      void vscode.window.showInformationMessage(vscode.l10n.t('Rule {0} is now off.', ruleId));
    }),
  );
}
