import { z } from 'zod';
import { FindingId } from '../findings/schema';

export const Reference = z.object({ text: z.string().min(10), url: z.string().url().optional() }).strict();
export type Reference = z.infer<typeof Reference>;

export const Snippet = z
  .object({
    id: z.string().regex(/^[a-z_]+(\.[a-z_]+)+$/),
    text: z.string().min(20),
    findings: z.array(FindingId).min(1),
    origin: z.enum(['seed', 'literature', 'seed+literature']),
    originDetail: z.string(),
    cite: z.string().min(5),
    refs: z.array(z.string()),
    note: z.string().optional(),
  })
  .strict();
export type Snippet = z.infer<typeof Snippet>;
