/**
 * Storybook argTypes from the custom-elements manifest, instead of the web-components
 * preset's extractor. That one keys every manifest entry by its bare name, so the `label`
 * part replaced the `label` attribute, and parts, CSS properties, slots, events and even
 * `#private` fields showed up as editable controls that change nothing. Here attributes and
 * public writable properties are inputs; everything else is a documentation row, listed in the
 * tables and never a control.
 */
import type { ArgTypes, InputType, SBType } from 'storybook/internal/types';

interface Entry {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  kind?: string;
  /**
   * `private` or `protected`; `public` or absent for public members (CEM lists `#fields` as
   * private, and says `public` for what a class declares in `static properties`).
   */
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  attributes?: Entry[];
  members?: Entry[];
  events?: Entry[];
  slots?: Entry[];
  cssProperties?: Entry[];
  cssParts?: Entry[];
}

export interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** The rows of one element's tables, keyed so that no entry hides another. */
export function argTypesFromManifest(manifest: Manifest, tagName: string): ArgTypes {
  const declaration = manifest.modules
    ?.flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tagName);
  if (declaration === undefined) return {};
  const rows: ArgTypes = {};
  const add = (key: string, entry: Entry, category: string, input: boolean) => {
    const row: InputType = {
      name: entry.name || '(default)',
      description: entry.description,
      table: {
        category,
        ...(entry.type ? { type: { summary: entry.type.text } } : {}),
        ...(entry.default === undefined ? {} : { defaultValue: { summary: entry.default } }),
      },
    };
    rows[rows[key] === undefined ? key : `${category}:${key}`] = input
      ? { ...row, type: inputType(entry.type?.text) }
      : { ...row, control: false };
  };
  for (const attribute of declaration.attributes ?? []) add(attribute.name, attribute, 'attributes', true);
  for (const member of declaration.members ?? []) {
    const isPublicField =
      member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public';
    // A property with an attribute is already the attribute's row.
    if (isPublicField && member.attribute === undefined)
      add(member.name, member, 'properties', !member.readonly);
  }
  for (const event of declaration.events ?? []) add(`event:${event.name}`, event, 'events', false);
  for (const slot of declaration.slots ?? []) add(`slot:${slot.name}`, slot, 'slots', false);
  for (const property of declaration.cssProperties ?? [])
    add(property.name, property, 'css custom properties', false);
  for (const part of declaration.cssParts ?? []) add(`part:${part.name}`, part, 'css shadow parts', false);
  return rows;
}

/** Storybook infers a text, number or boolean control from these; anything else gets an object editor. */
function inputType(text = 'string'): SBType {
  return text === 'string' || text === 'number' || text === 'boolean'
    ? { name: text }
    : { name: 'other', value: text };
}
