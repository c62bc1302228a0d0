import { EnumChipField } from '../common/EnumChipField';

const KIND_COLORS = { urban: 'primary', rural: 'success', special: 'secondary' } as const;

/** 城市 / 农村 / 专属 */
export const GridKindField = (_props: { label?: string; source?: string }) => (
  <EnumChipField source="kind" enumResource="grids" colors={KIND_COLORS} />
);
