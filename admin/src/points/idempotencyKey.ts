// A fresh key per dialog opening makes a retried request a replay instead of a second write.
// randomUUID needs a secure context (https or localhost); plain http on an intranet address falls
// back to getRandomValues, which is available everywhere.
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
