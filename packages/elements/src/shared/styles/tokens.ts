/**
 * The global theme tokens: every `--il-*` custom property that all elements read, with the default
 * the elements fall back to when no theme sets it. A vendor sets them on any ancestor (they inherit
 * into shadow roots). Per-element tokens (`--il-<element>-*`) are listed on each element
 * (`@cssprop`, in custom-elements.json) and default to these. `npm run docs:tables` writes this
 * list into docs/theming.md; lint fails when an element reads a global token missing here.
 *
 * @module
 */

/** What a token styles, for grouping in the docs and Storybook. */
export const TOKEN_GROUPS = ['font', 'color', 'focus', 'shape', 'space'] as const;
export type TokenGroup = (typeof TOKEN_GROUPS)[number];

/** One global token. */
export interface ThemeToken {
  readonly name: `--il-${string}`;
  readonly group: TokenGroup;
  /** The elements' own fallback, as written in their styles. */
  readonly default: string;
  readonly description: string;
}

export const THEME_TOKENS: readonly ThemeToken[] = [
  {
    name: '--il-font-family',
    group: 'font',
    default: 'inherit',
    description: 'All text (the host page’s font)',
  },
  { name: '--il-font-size', group: 'font', default: 'inherit', description: 'Base text size' },
  { name: '--il-line-height', group: 'font', default: '1.5', description: 'Body text' },
  {
    name: '--il-color-bg',
    group: 'color',
    default: 'Canvas',
    description: 'Background of controls and panels',
  },
  {
    name: '--il-color-surface',
    group: 'color',
    default: 'Canvas',
    description: 'Cards, notices, the selected row',
  },
  { name: '--il-color-text', group: 'color', default: 'CanvasText', description: 'Text' },
  {
    name: '--il-color-text-muted',
    group: 'color',
    default: '#4f5661',
    description: 'Secondary text (4.5:1 on white)',
  },
  {
    name: '--il-color-border',
    group: 'color',
    default: '#767d88',
    description: 'Control borders (3:1 on white)',
  },
  {
    name: '--il-color-accent',
    group: 'color',
    default: '#1a5fb4',
    description: 'Selected state, primary actions, chart lines',
  },
  {
    name: '--il-color-accent-contrast',
    group: 'color',
    default: '#ffffff',
    description: 'Text on the accent',
  },
  {
    name: '--il-color-danger',
    group: 'color',
    default: '#a51d2d',
    description: 'Errors, risk, configuration notices',
  },
  {
    name: '--il-color-warning',
    group: 'color',
    default: '#8a4b00',
    description: 'Attention flags and workload warnings (clinician elements)',
  },
  { name: '--il-color-success', group: 'color', default: '#26662f', description: 'Confirmations' },
  { name: '--il-color-focus', group: 'focus', default: '#1a5fb4', description: 'Focus ring colour' },
  { name: '--il-focus-ring-width', group: 'focus', default: '3px', description: 'Focus ring width' },
  {
    name: '--il-focus-ring-offset',
    group: 'focus',
    default: '2px',
    description: 'Gap between a control and its ring',
  },
  {
    name: '--il-radius',
    group: 'shape',
    default: '8px',
    description: 'Corners of controls, cards and panels',
  },
  { name: '--il-space-1', group: 'space', default: '0.25rem', description: 'Smallest gap (inside controls)' },
  { name: '--il-space-2', group: 'space', default: '0.5rem', description: 'Between related items' },
  { name: '--il-space-3', group: 'space', default: '0.75rem', description: 'Between controls' },
  {
    name: '--il-space-4',
    group: 'space',
    default: '1rem',
    description: 'Padding of panels, between sections',
  },
  { name: '--il-space-5', group: 'space', default: '1.5rem', description: 'Between major blocks' },
];
