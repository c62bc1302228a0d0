// Marks writes the meetings service makes through the document service (a correction's new
// version), so the write rules let it set the fields no client may set.
import { AsyncLocalStorage } from 'node:async_hooks';

const serverWrite = new AsyncLocalStorage<boolean>();

export const asServer = <T>(fn: () => Promise<T>): Promise<T> => serverWrite.run(true, fn);
export const isServerWrite = (): boolean => serverWrite.getStore() === true;
