// A user is linked to what bounds its scope: a township (township role), a party organisation
// (branch role) or a member record (member role). County users need no link.
export default (plugin: any) => {
  const attributes = plugin.contentTypes.user.schema.attributes;
  attributes.township = { type: 'relation', relation: 'manyToOne', target: 'api::township.township' };
  attributes.partyOrganisation = { type: 'relation', relation: 'manyToOne', target: 'api::party-organisation.party-organisation' };
  attributes.member = { type: 'relation', relation: 'manyToOne', target: 'api::member.member' };
  attributes.fullName = { type: 'string', maxLength: 50 };
  return plugin;
};
