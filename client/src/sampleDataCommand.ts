// "Create the sample-data file": the command asks the language server for its source action of that kind
// (the server knows the card's variables and where its data file goes), applies it and opens the file.
import * as vscode from 'vscode';

export const CREATE_SAMPLE_DATA = 'feishuCard.createSampleData';
const KIND = 'source.feishuCard.createSampleData';

export function registerSampleDataCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CREATE_SAMPLE_DATA, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
        'vscode.executeCodeActionProvider',
        document.uri,
        new vscode.Range(0, 0, 0, 0),
        KIND,
      );
      const action = actions?.find((a) => a.kind?.value === KIND && a.edit);
      if (!action?.edit) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t(
            'No sample-data file to create: this card uses no variables, or its data file exists.',
          ),
        );
        return;
      }
      if (!(await vscode.workspace.applyEdit(action.edit))) return;
      const [target] = action.edit.entries().map(([uri]) => uri);
      if (target) {
        const data = await vscode.workspace.openTextDocument(target);
        await data.save();
        await vscode.window.showTextDocument(data, { viewColumn: vscode.ViewColumn.Beside });
      }
    }),
  );
}
