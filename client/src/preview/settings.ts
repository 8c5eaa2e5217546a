// The preview's settings: where callbacks go, and who the simulated user is.
import * as vscode from 'vscode';
import type { IdentityOverrides } from '../../../server/src/card';
import type { CallbackSettings } from '../../../server/src/host/relay';

function text(config: vscode.WorkspaceConfiguration, key: string): string | undefined {
  const value = config.get<unknown>(key);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function callbackSettings(uri?: vscode.Uri): CallbackSettings {
  const config = vscode.workspace.getConfiguration('feishuCard', uri);
  return {
    url: text(config, 'callback.url'),
    encryptKey: text(config, 'callback.encryptKey'),
    verificationToken: text(config, 'callback.verificationToken'),
  };
}

export function identitySettings(uri?: vscode.Uri): IdentityOverrides {
  const config = vscode.workspace.getConfiguration('feishuCard', uri);
  return {
    openId: text(config, 'identity.openId'),
    unionId: text(config, 'identity.unionId'),
    userId: text(config, 'identity.userId'),
    tenantKey: text(config, 'identity.tenantKey'),
    appId: text(config, 'identity.appId'),
    verificationToken: text(config, 'callback.verificationToken'),
  };
}

/** Whether the local Feishu platform runs beside the preview, and on which port. */
export function platformSettings(): { enabled: boolean; port: number } {
  const config = vscode.workspace.getConfiguration('feishuCard');
  const port = config.get<unknown>('platform.port');
  return {
    enabled: config.get<unknown>('platform.enabled') === true,
    port:
      Number.isInteger(port) && (port as number) >= 0 && (port as number) <= 65535 ? (port as number) : 9123,
  };
}

export function affectsPreview(event: vscode.ConfigurationChangeEvent): boolean {
  return (
    event.affectsConfiguration('feishuCard.callback') ||
    event.affectsConfiguration('feishuCard.identity') ||
    event.affectsConfiguration('feishuCard.platform')
  );
}
