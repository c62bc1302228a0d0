import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { ResourceScreens } from '../resourceScreens';
import type { PartyOrganisation } from '../types';
import { OrganisationList } from './OrganisationList';
import { OrganisationShow } from './OrganisationShow';
import { OrganisationEdit } from './OrganisationEdit';
import { OrganisationCreate } from './OrganisationCreate';

const partyOrganisations: ResourceScreens = {
  list: OrganisationList,
  show: OrganisationShow,
  edit: OrganisationEdit,
  create: OrganisationCreate,
  icon: AccountTreeIcon,
  recordRepresentation: (record: PartyOrganisation) => record.name,
};

export default partyOrganisations;
