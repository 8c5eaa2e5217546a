// The rule registry: add a rule by writing one module in this folder and listing it here.
// Schema-derived rules (unknown tags/properties, wrong types) are listed in schemaRules.ts.
import type { Rule } from '../types';
import { schemaRules } from './schemaRules';
import { variableRules } from './variableRules';
import audioForward from './audio-forward';
import behaviorUnknownType from './behavior-unknown-type';
import behaviorsNotInteractive from './behaviors-not-interactive';
import callbackInsideForm from './callback-inside-form';
import callbackValueString from './callback-value-string';
import cardTooLarge from './card-too-large';
import checkerCallback from './checker-callback';
import checkerOpenUrl from './checker-open-url';
import checkerTooManyButtons from './checker-too-many-buttons';
import confirmIncomplete from './confirm-incomplete';
import elementIdDuplicate from './element-id-duplicate';
import elementIdInvalid from './element-id-invalid';
import formActionOutsideForm from './form-action-outside-form';
import formFieldMissingName from './form-field-missing-name';
import formNoSubmit from './form-no-submit';
import formOnlyComponent from './form-only-component';
import formPlacement from './form-placement';
import interactiveContainerNoBehaviors from './interactive-container-no-behaviors';
import legacyInteractionInV2 from './legacy-interaction-in-v2';
import nameDuplicate from './name-duplicate';
import nestingTooDeep from './nesting-too-deep';
import openUrlDefaultMissing from './open-url-default-missing';
import openUrlUnsupported from './open-url-unsupported';
import optionValueDuplicate from './option-value-duplicate';
import requiredOutsideForm from './required-outside-form';
import schemaMissing from './schema-missing';
import tooManyComponents from './too-many-components';
import updateMultiFalse from './update-multi-false';
import urlInsecure from './url-insecure';
import urlInvalid from './url-invalid';
import v1ComponentInV2 from './v1-component-in-v2';
import webhookCallback from './webhook-callback';

/** Interaction, form, placement and limit rules (issue 2), each in its own module. */
const interactionRules: Rule[] = [
  // behaviors
  openUrlUnsupported,
  checkerCallback,
  checkerOpenUrl,
  behaviorUnknownType,
  behaviorsNotInteractive,
  openUrlDefaultMissing,
  urlInvalid,
  urlInsecure,
  callbackValueString,
  legacyInteractionInV2,
  webhookCallback,
  interactiveContainerNoBehaviors,
  confirmIncomplete,
  // forms
  formFieldMissingName,
  nameDuplicate,
  formNoSubmit,
  formActionOutsideForm,
  formPlacement,
  formOnlyComponent,
  callbackInsideForm,
  requiredOutsideForm,
  // identity and structure
  elementIdInvalid,
  elementIdDuplicate,
  v1ComponentInV2,
  schemaMissing,
  updateMultiFalse,
  audioForward,
  checkerTooManyButtons,
  optionValueDuplicate,
  // limits
  cardTooLarge,
  tooManyComponents,
  nestingTooDeep,
];

export const allRules: Rule[] = [...schemaRules, ...variableRules, ...interactionRules];

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
