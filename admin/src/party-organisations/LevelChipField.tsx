import { EnumChipField } from '../common/EnumChipField';

// Higher levels stand out more: a committee is filled red, a party group is a plain outline.
const LEVEL_COLORS = { committee: 'primary', general_branch: 'secondary', branch: 'default', party_group: 'default' } as const;

/** 党委 / 党总支 / 党支部 / 党小组 */
export const LevelChipField = (_props: { label?: string; source?: string }) => (
  <EnumChipField source="level" enumResource="party-organisations" colors={LEVEL_COLORS} variant="filled" />
);
