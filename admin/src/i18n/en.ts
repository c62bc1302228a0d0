// English messages, loaded only when a user switches language. The type makes the compiler
// reject a missing or extra key compared with the Chinese set.
import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import type { appMessages } from './zh';

type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };

const timestamps = { createdAt: 'Created at', updatedAt: 'Updated at' };
const gridKinds = { urban: 'Urban', rural: 'Rural', special: 'Special' };

const app: Mirror<typeof appMessages> = {
  resources: {
    townships: {
      name: 'Township |||| Townships',
      fields: {
        code: 'Division code',
        name: 'Name',
        kind: 'Kind',
        population: 'Population',
        populationSynthetic: 'Population is demo data',
        officeTemplate: 'Office template',
        offices: 'Offices',
        signagePosted: 'Signage posted',
        functionsHandedOver: 'Functions handed over',
        staffAssigned: 'Staff assigned',
        officesColocated: 'Offices co-located',
        check: 'Structure check',
        requiredTemplate: 'Required template',
        ...timestamps,
      },
      enums: { kind: { street: 'Subdistrict', town: 'Town', township: 'Township' } },
    },
    offices: {
      name: 'Office |||| Offices',
      fields: { name: 'Name', kind: 'Kind', township: 'Township', ...timestamps },
      enums: { kind: { office: 'Office', bureau: 'Bureau', centre: 'Centre' } },
    },
    'office-templates': {
      name: 'Office template |||| Office templates',
      fields: {
        code: 'Code',
        name: 'Name',
        minPopulation: 'Minimum population',
        maxPopulation: 'Maximum population',
        offices: 'Offices',
        ...timestamps,
      },
    },
    'party-organisations': {
      name: 'Party organisation |||| Party organisations',
      fields: {
        code: 'Code',
        name: 'Name',
        level: 'Level',
        category: 'Category',
        parent: 'Parent organisation',
        township: 'Township',
        grid: 'Grid',
        secretary: 'Secretary',
        committeeSize: 'Committee size',
        electedOn: 'Elected on',
        check: 'Size check',
        children: 'Child organisations',
        fullMembers: 'Full members',
        probationaryMembers: 'Probationary members',
        termYears: 'Term (years)',
        members: 'Members',
        ...timestamps,
      },
      enums: {
        level: { committee: 'Committee', general_branch: 'General branch', branch: 'Branch', party_group: 'Party group' },
        category: { village: 'Village', community: 'Community', organ: 'Government organ', enterprise: 'Enterprise', other: 'Other' },
      },
    },
    grids: {
      name: 'Grid |||| Grids',
      fields: {
        code: 'Grid code',
        name: 'Name',
        kind: 'Kind',
        township: 'Township',
        village: 'Village / community',
        check: 'Staffing check',
        standard: 'Staffing standard',
        staff: 'Grid staff',
        ...timestamps,
      },
      enums: { kind: gridKinds },
    },
    'grid-standards': {
      name: 'Grid standard |||| Grid standards',
      fields: { kind: 'Grid kind', name: 'Name', roles: 'Roles', ...timestamps },
      enums: { kind: gridKinds },
    },
    'grid-staffs': {
      name: 'Grid staff |||| Grid staff',
      fields: { name: 'Name', role: 'Role', grid: 'Grid', member: 'Party member', phone: 'Phone', ...timestamps },
      enums: {
        role: {
          grid_chief: 'Grid chief',
          grid_worker: 'Grid worker',
          police: 'Grid police officer',
          instructor: 'Grid instructor',
          village_cadre: 'Village cadre',
          volunteer: 'Volunteer',
        },
      },
    },
    members: {
      name: 'Member |||| Members',
      fields: {
        code: 'Code',
        name: 'Name',
        gender: 'Gender',
        birthDate: 'Date of birth',
        joinedDate: 'Joined the party',
        joinedDate_gte: 'Joined since',
        status: 'Status',
        partyOrganisation: 'Branch',
        partyGroup: 'Party group',
        grid: 'Grid',
        township: 'Township',
        phone: 'Phone',
        ...timestamps,
      },
      enums: {
        gender: { male: 'Male', female: 'Female' },
        status: { full: 'Full member', probationary: 'Probationary member' },
      },
    },
    'audit-logs': {
      name: 'Audit log |||| Audit log',
      fields: {
        at: 'Time',
        userId: 'User id',
        username: 'User',
        role: 'Role',
        action: 'Action',
        resource: 'Resource',
        recordId: 'Record id',
        before: 'Before',
        after: 'After',
        ip: 'IP address',
        changes: 'Changes',
        ...timestamps,
      },
      enums: {
        action: { create: 'Created', update: 'Updated', delete: 'Deleted' },
        role: { county: 'County organisation dept.', township: 'Township committee', branch: 'Branch secretary', member: 'Party member' },
      },
    },
  },
  app: {
    title: 'Siyang Party-Building Governance Platform',
    short_title: 'Siyang',
    login_subtitle: 'Party-building-led grassroots governance',
    menu: { my_profile: 'My profile' },
    common_fields: { id: 'Id', ...timestamps },
    check: {
      ok: 'Compliant',
      errors: '1 problem |||| %{smart_count} problems',
      warnings: '1 warning |||| %{smart_count} warnings',
      title: 'Check results',
      pending: 'Not checked',
    },
    conflict: {
      message: 'Someone else changed this record. Reload it before editing.',
      reload: 'Reload',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      role: 'Role: %{role}',
      township: 'Township: %{name}',
      organisation: 'Party organisation: %{name}',
      intro: 'Party organisations, grids and members in one ledger; structure and size checks are flagged as you go.',
      overview_county: 'County overview',
      overview_township: 'Township overview',
      open_profile: 'Open my profile',
    },
    township: {
      four_in_place: 'Four in place',
      offices: 'Offices',
      no_offices: 'No offices recorded yet',
    },
    organisation: {
      children: 'Child organisations',
      no_children: 'No child organisations',
      member_counts: 'Full %{full} · probationary %{probationary}',
      members: 'Members',
    },
    grid: {
      staff: 'Grid staff',
      no_staff: 'No staff assigned yet',
      party_organisations: 'Party organisations on this grid',
    },
    member: {
      profile: 'My profile',
      not_linked: 'Your account is not linked to a member record yet. Please contact your party organisation.',
      contact: 'Contact',
      personal: 'Personal details',
      organisation: 'Organisation',
    },
    audit: {
      field: 'Field',
      before: 'Before',
      after: 'After',
      no_changes: 'No field changed',
      since: 'From',
      until: 'Until',
    },
    json: { invalid: 'Not valid JSON' },
    generic: {
      schema_error: 'Could not read the data schema; some pages are unavailable',
    },
  },
};

const en: TranslationMessages = { ...englishMessages, ...app };

export default en;
