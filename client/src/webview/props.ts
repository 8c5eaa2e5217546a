// The shape every card object has in the renderers: a plain JSON object. Its own module so that leaf
// modules (text sizes, colours) can test for it without importing the text renderer that uses them.
export type Props = Record<string, unknown>;

export function isProps(value: unknown): value is Props {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
