// The business action a write belongs to (审批通过, 冲正, 批量加分, 定稿, 导入…), so the audit log can
// say what a person did rather than "修改": code that performs one runs its writes inside
// `asOperation`, and every entry written meanwhile carries it.
import { AsyncLocalStorage } from 'node:async_hooks';

export type Operation = 'approve' | 'reject' | 'reverse' | 'bulk_award' | 'import' | 'upload' | 'replace_file' | 'finalise' | 'correct' | 'sign_digest' | 'load_scheme' | 'close_year' | 'reopen_year';

const current = new AsyncLocalStorage<Operation>();

export const asOperation = <T>(operation: Operation, fn: () => Promise<T>): Promise<T> => current.run(operation, fn);
export const currentOperation = (): Operation | null => current.getStore() ?? null;
