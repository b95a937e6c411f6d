import * as z from 'zod/mini';
import { FindingId } from '../findings/schema';

export const Reference = z.strictObject({ text: z.string().check(z.minLength(10)), url: z.optional(z.url()) });
export type Reference = z.infer<typeof Reference>;

export const Snippet = z.strictObject({
  id: z.string().check(z.regex(/^[a-z_]+(\.[a-z_]+)+$/)),
  text: z.string().check(z.minLength(20)),
  findings: z.array(FindingId).check(z.minLength(1)),
  origin: z.enum(['seed', 'literature', 'seed+literature']),
  originDetail: z.string(),
  cite: z.string().check(z.minLength(5)),
  refs: z.array(z.string()),
  note: z.optional(z.string()),
});
export type Snippet = z.infer<typeof Snippet>;
