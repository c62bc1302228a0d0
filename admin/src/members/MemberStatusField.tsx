import { EnumChipField } from '../common/EnumChipField';

/** 正式党员 / 预备党员; probationary members stand out, they have different rights and duties. */
export const MemberStatusField = (_props: { label?: string; source?: string }) => (
  <EnumChipField source="status" enumResource="members" colors={{ full: 'primary', probationary: 'warning' }} variant="outlined" />
);
