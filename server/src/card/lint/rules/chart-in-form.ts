// Can a chart sit in a form? The form page contradicts itself: its `elements` row excludes tables, charts
// and forms, while its notes and the `tag` row exclude only tables and forms. A warning that says so.
import { inComponent } from '../locate';
import type { Rule } from '../types';

const rule: Rule = {
  id: 'chart-in-form',
  defaultSeverity: 'warning',
  appliesTo: ['v2', 'v1'],
  docs: 'card-json-v2-components/containers/form-container',
  description: { en: 'A chart inside a form.', zh: '表单容器中包含图表。' },
  messages: {
    chart: {
      en: 'A chart inside a form: the form page contradicts itself here (its `elements` row excludes charts, its notes exclude only tables and forms). The card may be refused; verify on a real client, or place the chart outside the form.',
      zh: '图表位于表单容器中：表单文档对此前后矛盾（elements 说明中不支持图表，注意事项中只排除表格和表单）。卡片可能被拒绝；请在真实客户端上确认，或将图表移到表单外。',
    },
  },
  // Stryker disable next-line ObjectLiteral: equivalent, the subscription only skips components the visitor would pass over
  components: { tags: ['chart'] },
  component(component, ctx) {
    if (component.tag === 'chart' && component.form) ctx.report(inComponent(component), 'chart');
  },
};

export default rule;
