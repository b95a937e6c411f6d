import * as z from 'zod/mini';
import { MAX_TEXT_CHARS } from '@/rules/input';

/**
 * Every message that crosses a boundary, one zod union per direction. Receivers safeParse
 * first and drop what fails. Page text is untrusted input. The objects are strict: a key we
 * did not send ("__proto__", "constructor", junk) makes the whole message invalid.
 */
const Text = z.string().check(z.maxLength(MAX_TEXT_CHARS));
/** Longest selection the right-click path keeps. */
export const MAX_SELECTION = MAX_TEXT_CHARS;

/** Where a captured part came from, for the panel ("textarea 'Reason for Visit'"). */
export const CapturePart = z.strictObject({
  part: z.enum(['chiefComplaint', 'hpi', 'age', 'sex', 'text']),
  label: z.string().check(z.maxLength(200)),
});

/** What the panel assesses: a chart read by the content script, or a right-clicked selection. */
export const Capture = z.strictObject({
  source: z.enum(['chart', 'selection']),
  origin: z.string().check(z.maxLength(512)),
  title: z.optional(z.string().check(z.maxLength(300))),
  chiefComplaint: z.nullable(Text),
  hpi: z.nullable(Text),
  /** Free text: a selection, or a note with no CC/HPI labels. */
  text: z.nullable(Text),
  age: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(120))),
  sex: z.nullable(z.enum(['male', 'female'])),
  where: z.array(CapturePart).check(z.maxLength(20)),
  /** Why nothing was read ("several patients on this page"), when nothing was. */
  reason: z.optional(z.string().check(z.maxLength(300))),
  at: z.number(),
});
export type Capture = z.infer<typeof Capture>;

/** Content script → background. */
export const ContentMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('capture'), capture: Capture }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Side panel → background (answered). */
export const PanelRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('get-capture'), tabId: z.number().check(z.int(), z.nonnegative()) }),
  z.strictObject({ type: z.literal('read-tab'), tabId: z.number().check(z.int(), z.nonnegative()) }),
]);
export type PanelRequest = z.infer<typeof PanelRequest>;

export const PanelResponse = z.strictObject({
  capture: z.nullable(Capture),
  /** Set when the page could not be read (restricted page, no permission). */
  error: z.optional(z.string().check(z.maxLength(300))),
});
export type PanelResponse = z.infer<typeof PanelResponse>;

/** Background → side panel (broadcast). */
export const HubEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('capture-changed'), tabId: z.number().check(z.int(), z.nonnegative()) }),
]);
export type HubEvent = z.infer<typeof HubEvent>;

const KNOWN_TYPES = new Set(['capture', 'get-capture', 'read-tab', 'capture-changed']);

/**
 * The one thing a receiver may log about a dropped message: its type if it is one we know,
 * never its content (an unknown "type" field could itself hold patient text).
 */
export function describeDropped(message: unknown): string {
  const type = message && typeof message === 'object' && 'type' in message ? (message as { type: unknown }).type : undefined;
  if (typeof type === 'string') return KNOWN_TYPES.has(type) ? type : '(unknown type)';
  return `(${message === null ? 'null' : typeof message})`;
}

/** The text the engine assesses, built from a capture's parts. */
export function captureText(c: Capture): string {
  const parts: string[] = [];
  if (c.chiefComplaint) parts.push(`CC: ${c.chiefComplaint}`);
  if (c.hpi) parts.push(`HPI: ${c.hpi}`);
  if (c.text) parts.push(c.text);
  return parts.join('\n\n');
}
