import { z } from 'zod';
import { MAX_TEXT_CHARS } from '@/rules/input';

/**
 * Every message that crosses a boundary, one zod union per direction. Receivers safeParse
 * first and drop what fails. Page text is untrusted input. The objects are strict: a key we
 * did not send ("__proto__", "constructor", junk) makes the whole message invalid.
 */
const Text = z.string().max(MAX_TEXT_CHARS);
/** Longest selection the right-click path keeps. */
export const MAX_SELECTION = MAX_TEXT_CHARS;

/** Where a captured part came from, for the panel ("textarea 'Reason for Visit'"). */
export const CapturePart = z.strictObject({
  part: z.enum(['chiefComplaint', 'hpi', 'age', 'sex', 'text']),
  label: z.string().max(200),
});

/** What the panel assesses: a chart read by the content script, or a right-clicked selection. */
export const Capture = z.strictObject({
  source: z.enum(['chart', 'selection']),
  origin: z.string().max(512),
  title: z.string().max(300).optional(),
  chiefComplaint: Text.nullable(),
  hpi: Text.nullable(),
  /** Free text: a selection, or a note with no CC/HPI labels. */
  text: Text.nullable(),
  age: z.number().int().min(0).max(120).nullable(),
  sex: z.enum(['male', 'female']).nullable(),
  where: z.array(CapturePart).max(20),
  /** Why nothing was read ("several patients on this page"), when nothing was. */
  reason: z.string().max(300).optional(),
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
  z.strictObject({ type: z.literal('get-capture'), tabId: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('read-tab'), tabId: z.number().int().nonnegative() }),
]);
export type PanelRequest = z.infer<typeof PanelRequest>;

export const PanelResponse = z.strictObject({
  capture: Capture.nullable(),
  /** Set when the page could not be read (restricted page, no permission). */
  error: z.string().max(300).optional(),
});
export type PanelResponse = z.infer<typeof PanelResponse>;

/** Background → side panel (broadcast). */
export const HubEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('capture-changed'), tabId: z.number().int().nonnegative() }),
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
