// Shapes of the `card.action.trigger` callback (callback schema 2.0) and of what a user does to a component.
// Field names follow the platform's JSON exactly, so these objects are the request body as it is sent.

/** The `action` object: which fields appear depends on the component (catalog `callbackFields`). */
export interface CallbackAction {
  tag: string;
  name?: string;
  value?: unknown;
  form_value?: Record<string, unknown>;
  option?: string;
  options?: string[];
  input_value?: string;
  checked?: boolean;
  timezone?: string;
}

export interface CallbackRequest {
  schema: '2.0';
  header: {
    event_id: string;
    /** The app's Verification Token. */
    token: string;
    /** Microseconds since the epoch, as a string. */
    create_time: string;
    event_type: 'card.action.trigger';
    tenant_key: string;
    app_id: string;
  };
  event: {
    operator: { open_id: string; union_id: string; user_id: string; tenant_key: string };
    /** Card update token ("c-..."), valid 30 minutes for 2 uses. */
    token: string;
    action: CallbackAction;
    host: 'im_message';
    context: { open_message_id: string; open_chat_id: string };
  };
}

/** What the user did, independent of the widget that drew it. */
export type UserInput =
  | { kind: 'click' }
  | { kind: 'input'; text: string }
  /** `index`: the picked entry's place in `options`, when known (overflow options may share a value or,
   * when they only open a link, have none). */
  | { kind: 'select'; option: string; index?: number }
  | { kind: 'multi'; options: string[] }
  | { kind: 'check'; checked: boolean };

/** The value a component holds (and submits inside a form). */
export type FieldValue = string | string[] | boolean | undefined;
