// The rule registry, ESLint style: one module per rule id in this folder, listed here once, sorted by id.
// Every id the tools can emit comes from one of these modules (syntax errors and the size and depth guards
// included), so `feishuCard.rules`, `feishu-card rules` and SARIF know all of them. Helpers live in utils/.
import type { Rule } from '../types';
import audioForward from './audio-forward';
import behaviorUnknownType from './behavior-unknown-type';
import behaviorsNotInteractive from './behaviors-not-interactive';
import buttonNoBehaviors from './button-no-behaviors';
import callbackAnswerIgnored from './callback-answer-ignored';
import callbackAnswerInvalid from './callback-answer-invalid';
import callbackInsideForm from './callback-inside-form';
import callbackRequestInvalid from './callback-request-invalid';
import callbackRequestUnusual from './callback-request-unusual';
import callbackValueString from './callback-value-string';
import cardNotObject from './card-not-object';
import cardTooLarge from './card-too-large';
import chartFieldMissing from './chart-field-missing';
import chartInForm from './chart-in-form';
import chartSpec from './chart-spec';
import checkerCallback from './checker-callback';
import checkerOpenUrl from './checker-open-url';
import checkerTooManyButtons from './checker-too-many-buttons';
import configDeprecated from './config-deprecated';
import confirmIncomplete from './confirm-incomplete';
import elementIdDuplicate from './element-id-duplicate';
import elementIdInvalid from './element-id-invalid';
import formActionOutsideForm from './form-action-outside-form';
import formFieldMissingName from './form-field-missing-name';
import formNoSubmit from './form-no-submit';
import formOnlyComponent from './form-only-component';
import formPlacement from './form-placement';
import formSubmitLegacy from './form-submit-legacy';
import i18nHeaderV2 from './i18n-header-v2';
import imgCombinationTooMany from './img-combination-too-many';
import imgKeyUrl from './img-key-url';
import interactiveContainerNoBehaviors from './interactive-container-no-behaviors';
import jsonSyntax from './json-syntax';
import legacyInteractionInV2 from './legacy-interaction-in-v2';
import nameDuplicate from './name-duplicate';
import nestingTooDeep from './nesting-too-deep';
import openUrlDefaultMissing from './open-url-default-missing';
import openUrlUnsupported from './open-url-unsupported';
import optionInitialUnknown from './option-initial-unknown';
import optionValueDuplicate from './option-value-duplicate';
import pickerInitialFormat from './picker-initial-format';
import propertyRequired from './property-required';
import propertyType from './property-type';
import propertyValue from './property-value';
import requiredOutsideForm from './required-outside-form';
import schemaInvalid from './schema-invalid';
import schemaMissing from './schema-missing';
import selectImgStyleV2 from './select-img-style-v2';
import tableRowUnknownColumn from './table-row-unknown-column';
import tooManyComponents from './too-many-components';
import unknownProperty from './unknown-property';
import unknownTag from './unknown-tag';
import updateMultiFalse from './update-multi-false';
import urlInsecure from './url-insecure';
import urlInvalid from './url-invalid';
import v1ActionPlacement from './v1-action-placement';
import v1ComponentInV2 from './v1-component-in-v2';
import variableNameInvalid from './variable-name-invalid';
import variableType from './variable-type';
import variableUndefined from './variable-undefined';
import variableUnused from './variable-unused';
import webhookCallback from './webhook-callback';

export const allRules: readonly Rule[] = [
  audioForward,
  behaviorUnknownType,
  behaviorsNotInteractive,
  buttonNoBehaviors,
  callbackAnswerIgnored,
  callbackAnswerInvalid,
  callbackInsideForm,
  callbackRequestInvalid,
  callbackRequestUnusual,
  callbackValueString,
  cardNotObject,
  cardTooLarge,
  chartFieldMissing,
  chartInForm,
  chartSpec,
  checkerCallback,
  checkerOpenUrl,
  checkerTooManyButtons,
  configDeprecated,
  confirmIncomplete,
  elementIdDuplicate,
  elementIdInvalid,
  formActionOutsideForm,
  formFieldMissingName,
  formNoSubmit,
  formOnlyComponent,
  formPlacement,
  formSubmitLegacy,
  i18nHeaderV2,
  imgCombinationTooMany,
  imgKeyUrl,
  interactiveContainerNoBehaviors,
  jsonSyntax,
  legacyInteractionInV2,
  nameDuplicate,
  nestingTooDeep,
  openUrlDefaultMissing,
  openUrlUnsupported,
  optionInitialUnknown,
  optionValueDuplicate,
  pickerInitialFormat,
  propertyRequired,
  propertyType,
  propertyValue,
  requiredOutsideForm,
  schemaInvalid,
  schemaMissing,
  selectImgStyleV2,
  tableRowUnknownColumn,
  tooManyComponents,
  unknownProperty,
  unknownTag,
  updateMultiFalse,
  urlInsecure,
  urlInvalid,
  v1ActionPlacement,
  v1ComponentInV2,
  variableNameInvalid,
  variableType,
  variableUndefined,
  variableUnused,
  webhookCallback,
];

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
