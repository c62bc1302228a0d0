// Screens for a type that has none made by hand: built from its schema entry, so a content type
// added in Strapi's Content-Type Builder shows up in the panel without code.
import type { ComponentType } from 'react';
import type { RaRecord } from 'react-admin';
import ViewListIcon from '@mui/icons-material/ViewList';
import ApartmentIcon from '@mui/icons-material/Apartment';
import ViewQuiltIcon from '@mui/icons-material/ViewQuilt';
import RuleIcon from '@mui/icons-material/Rule';
import BadgeIcon from '@mui/icons-material/Badge';
import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import type { SchemaResource } from '../schema/types';
import type { ResourceScreens } from '../resourceScreens';
import { GenericList } from './GenericList';
import { GenericShow } from './GenericShow';
import { GenericEdit } from './GenericEdit';
import { GenericCreate } from './GenericCreate';
import { describeRecord, representationField } from './listable';
import { i18nProvider } from '../i18n';
import { enumKey } from '../common/enumChoices';

/** Known types that use the generic screens still get a fitting menu icon. */
const ICONS: Record<string, ComponentType> = {
  offices: ApartmentIcon,
  'office-templates': ViewQuiltIcon,
  'grid-standards': RuleIcon,
  'grid-staffs': BadgeIcon,
  'appraisal-rules': MilitaryTechIcon,
};

export function genericResource(schema: SchemaResource): ResourceScreens {
  const nameField = representationField(schema);
  return {
    list: <GenericList schema={schema} />,
    show: <GenericShow schema={schema} />,
    edit: <GenericEdit schema={schema} />,
    create: <GenericCreate schema={schema} />,
    icon: ICONS[schema.name] ?? ViewListIcon,
    recordRepresentation: (record: RaRecord) =>
      String((nameField && record[nameField]) ?? describeRecord(schema, record, (field, value) => i18nProvider.translate(enumKey(schema.name, field, value), { _: value })) ?? record.id),
  };
}
