// The pure core's front door: the language server, the CLI, the host code and the webview import the card
// service from here and nowhere deeper (the lint enforces it), so what the core offers is this one list.
// Everything re-exported is free of Node, VS Code and LSP imports; tests may still reach into modules.

// Text → card model
export { parseCard } from './parse/parse';
export { reparseStringEdit, type StringEdit } from './parse/stringEdit';
export { reparseEdit } from './parse/treeEdit';
export { type CardDocument, type ComponentNode, type TextEdit } from './parse/model';
export { nodeAt, valueOf } from './parse/json';
export { MAX_VALUE_DEPTH, printValue, valueDepth } from './parse/jsonValue';

// The component catalog
export { componentSpec, docsUrl, type LocalizedText } from './catalog/catalog';

// Settings and languages
export {
  defaultSettings,
  isForcedCardFile,
  sanitizeSettings,
  templateOption,
  type CardSettings,
} from './settings';
export { normalizeLocale, type Locale } from './i18n';

// Rules, findings and fixes
export { lintCard, lintDataFile, lintSteps, lintText } from './lint/engine';
export { warmUpValidator } from './lint/validate';
export { fixAll, fixesFor } from './lint/fixes';
export { allRules } from './lint/rules';
export { type Finding, type Severity, type SeveritySetting } from './lint/types';

// Editor features (offsets in, plain data out)
export { complete, type CardCompletion, type CardCompletionKind } from './features/completion';
export { hover } from './features/hover';
export { documentSymbols, type CardSymbol } from './features/symbols';

// Template variables and sample data
export { findVariableReferences, type TemplateData } from './template/variables';
export {
  addSampleValue,
  sampleDataFileFor,
  cardPathsForSidecar,
  dataFileSetting,
  keyRange,
  readTemplateData,
  sidecarDataPath,
} from './template/sampleData';
export { substituteCard, substituteText } from './template/substitute';
export {
  dataKeyCompletions,
  variableCompletions,
  variableDefinition,
  variableHover,
  variableKeyInCard,
  variableKeyInData,
  variableUses,
  type VariableKey,
} from './template/variableFeatures';

// What a click does: the preview, hover and `simulate` drive the same session
export { CardSession, type Outcome } from './interaction/session';
export { findTarget, pathKey, targetOf, type Target } from './interaction/target';
export { redeliver } from './interaction/request';
export { type FieldValue, type UserInput } from './interaction/types';
export { decide, inputFor, type Decision, type Effect } from './interaction/decide';
export { optionValues, parseInputValue } from './interaction/fields';
export { createIdentity, type Identity, type IdentityOverrides } from './interaction/identity';
export { isOpenableUrl, PLATFORMS, type OpenUrlTargets } from './interaction/openUrl';
export {
  isTheme,
  MAX_PAGE_MESSAGE_CHARS,
  PAGE_SETTINGS,
  parsePageMessage,
  type CardKind,
  type PageSetting,
  type Theme,
  type HostMessage,
  type PageMessage,
} from './interaction/messages';
export {
  ConsoleHistory,
  HISTORY_LIMITS,
  HISTORY_MASK,
  restoreToken,
  withoutSecrets,
} from './interaction/consoleHistory';
export { contentSecurityPolicy, makeNonce, previewPageHtml } from './interaction/page';
export { oversizeNoticeCard, tooLargeToPreview } from './interaction/oversize';
export { interpretAnswer, type Answer, type AnswerProblem } from './interaction/answer';
export {
  type CardUpdateVia,
  type PlatformBot,
  type PlatformCall,
  type PlatformEvent,
  type PlatformStatus,
  type TranscriptMessage,
} from './interaction/platformTypes';
export {
  type SendErrorCode,
  type SendOptions,
  type SendResult,
  type SentRequest,
} from './interaction/sendTypes';
export { applyEdits, changedRange } from './edit/jsonEdits';
export { migrateCard, type CardMigration } from './migrate/migrateCard';
export { migrateToV2, type Migration, type MigrationNote } from './migrate/toV2';
