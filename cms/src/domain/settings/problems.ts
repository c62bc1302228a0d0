// A settings value's problems, each at a path inside the value (e.g. ['bands', 1, 'min']), so a
// form can show it at its row and the server can name the row. The panel imports these checks too,
// which keeps the form's messages and the server's the same.
export interface Problem {
  path: Array<string | number>;
  message: string;
}

/** "第 2 行：…" when the problem sits in a row, else the message alone. */
export function describeProblem(p: Problem): string {
  const row = p.path.find((x) => typeof x === 'number');
  return typeof row === 'number' ? `第 ${row + 1} 行：${p.message}` : p.message;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isIntegerIn = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
