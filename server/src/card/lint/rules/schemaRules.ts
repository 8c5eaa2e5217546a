// Rules derived from the JSON Schema / catalog (validation through ajv, see validate.ts). They share one
// validation run per document and each reports one kind of problem.
import type { Rule } from '../types';
import unknownTag from './unknown-tag';
import unknownProperty from './unknown-property';
import propertyType from './property-type';
import propertyValue from './property-value';
import propertyRequired from './property-required';

export const schemaRules: Rule[] = [
  unknownTag,
  unknownProperty,
  propertyType,
  propertyValue,
  propertyRequired,
];
