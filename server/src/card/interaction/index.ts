// The interaction layer's public surface: pure code shared by the webview, the VS Code host and the CLI.
export * from './types';
export * from './identity';
export * from './request';
export * from './openUrl';
export * from './fields';
export * from './target';
export * from './behavior';
export * from './session';
