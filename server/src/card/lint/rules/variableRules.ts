// Rules about template variables (`${name}`) and their sample data. Registered together here.
import type { Rule } from '../types';
import variableNameInvalid from './variable-name-invalid';
import variableType from './variable-type';
import variableUndefined from './variable-undefined';
import variableUnused from './variable-unused';

export const variableRules: Rule[] = [variableUndefined, variableType, variableNameInvalid, variableUnused];
