// Money is integer fen on the wire; people type and read yuan. The conversions are the server's own
// (cms/src/domain/decisions/money.ts), so the panel and the checks never disagree by a fen.
export { formatFen, toFen } from '../../../cms/src/domain/decisions/money';
