// The server's ID-number rules (cms/src/domain/members, plain TypeScript), so the form says what the
// server would and lists never show a full number.
export { idNumberProblem, maskIdNumber } from '../../../cms/src/domain/members/id-number';
