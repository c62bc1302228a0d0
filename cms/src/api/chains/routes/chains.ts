// The hash chains and their signed digests, for the county: verify the decisions chain, sign a
// digest now, export one as a file, and check the chains still extend it.
const route = (method: string, path: string, handler: string) => ({ method, path: `/chains${path}`, handler: `chains.${handler}` });

export default {
  routes: [
    route('GET', '/decisions/verify', 'verifyDecisions'),
    route('GET', '/heads', 'heads'),
    route('POST', '/digests', 'sign'),
    route('GET', '/digests/:id/file', 'file'),
    route('GET', '/digests/:id/check', 'check'),
    route('POST', '/digests/check', 'checkFile'),
  ],
};
