// Renderers by tag, held against the catalog by a unit test: every catalog tag (2.0 and 1.0) has a renderer
// here or is listed as a named placeholder (a labelled box whose children still render). A tag the catalog
// does not know gets a visible "unknown component" placeholder.
import { componentSpec } from '../../../../server/src/card';
import { el } from '../dom';
import { placeholder, renderChildren, type Renderer } from '../render';
import { chart } from './chart';
import * as display from './display';
import * as inputs from './inputs';
import * as layout from './layout';
import * as selects from './selects';

const renderers: Record<string, Renderer> = {
  column_set: layout.columnSet,
  column: layout.column,
  form: layout.form,
  interactive_container: layout.interactiveContainer,
  collapsible_panel: layout.collapsiblePanel,
  action: layout.actionModule,
  note: layout.note,
  div: display.div,
  markdown: display.markdown,
  plain_text: display.plainText,
  lark_md: display.plainText,
  img: display.img,
  img_combination: display.imgCombination,
  person: display.person,
  person_list: display.personList,
  chart,
  table: display.table,
  hr: display.hr,
  audio: display.audio,
  button: inputs.button,
  input: inputs.input,
  overflow: selects.overflow,
  select_static: selects.selectStatic,
  multi_select_static: selects.multiSelectStatic,
  select_person: selects.selectPerson,
  multi_select_person: selects.multiSelectPerson,
  date_picker: inputs.datePicker,
  picker_time: inputs.pickerTime,
  picker_datetime: inputs.pickerDatetime,
  select_img: inputs.selectImg,
  checker: inputs.checker,
};

/**
 * Catalog tags the preview draws, on purpose, as a named box with their children: tag → why. Empty today:
 * every catalog tag has a renderer. A tag added to the catalog goes here or into `renderers`.
 */
export const placeholders: Readonly<Record<string, string>> = {};

/**
 * Catalog tags drawn by their renderer as a box of the size the client gives them, saying why the content
 * is missing: their picture or sound is a file on the platform (by img_key / file_key), which an offline
 * preview cannot fetch. Every other part of them (size, mode, corners, controls) is drawn.
 */
export const PLATFORM_FILE_TAGS: Readonly<Record<string, string>> = {
  img: 'the picture is a platform file (img_key)',
  img_combination: 'the pictures are platform files (img_key)',
  audio: 'the sound is a platform file (file_key)',
};

/** Tags that are text objects, not catalog components, yet appear as elements (1.0 `note` elements). */
export const TEXT_ELEMENTS: readonly string[] = ['plain_text', 'lark_md'];

export function hasRenderer(tag: string): boolean {
  return Object.prototype.hasOwnProperty.call(renderers, tag);
}

/** How the preview draws a tag: its own renderer, a named placeholder, or not at all (the unknown box). */
export function drawnAs(tag: string): 'renderer' | 'placeholder' | undefined {
  if (hasRenderer(tag)) return 'renderer';
  return Object.prototype.hasOwnProperty.call(placeholders, tag) ? 'placeholder' : undefined;
}

/** Every tag with a renderer of its own. */
export function renderedTags(): string[] {
  return Object.keys(renderers);
}

export const renderComponent: Renderer = (component, props, ctx) => {
  const tag = component.tag ?? '';
  if (hasRenderer(tag)) return renderers[tag](component, props, ctx);
  const spec = componentSpec(tag, ctx.session.card.kind);
  if (spec) {
    const children = (spec.slots ?? []).flatMap((slot) =>
      renderChildren(ctx, component, slot.path[slot.path.length - 1]),
    );
    return el('div', { class: 'generic' }, [placeholder('generic', ctx.labels.noRenderer, tag), ...children]);
  }
  return placeholder('unknown', ctx.labels.unknownComponent, tag || '(no tag)');
};
