import type * as z from 'zod/mini';

/** Parses a message body or throws an error that names the bad field (sent back to the sender). */
export function parseRequest<T>(schema: z.ZodMiniType<T>, data: unknown, name: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid ${name} request: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim());
  }
  return parsed.data;
}
