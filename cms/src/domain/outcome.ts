// What a state-changing action answers: the new state, or a refusal the panel can show as it is.
export type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

export function accept<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function refuse<T = never>(code: string, message: string): Outcome<T> {
  return { ok: false, code, message };
}
