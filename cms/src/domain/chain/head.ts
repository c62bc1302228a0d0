// Where a hash chain stands: how many records it holds and the hash of the last. Shared by the
// points ledger and the sealed decisions, and by the daily digests that sign both heads.

/** The hash "before" the first record of every chain. */
export const GENESIS = '0'.repeat(64);

export interface ChainHead {
  seq: number;
  hash: string;
}

export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS };
