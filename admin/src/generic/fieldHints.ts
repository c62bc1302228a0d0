// What the schema cannot say about a field, for types without hand-made screens: a string field
// whose values form a known set gets a select with translated labels (the values themselves are data
// under config/, so an unknown value still shows and saves as typed).
import { GRID_STAFF_ROLES } from '../types';

export const KNOWN_VALUES: Record<string, readonly string[]> = {
  'grid-staffs.role': GRID_STAFF_ROLES,
};

/** The field shown as a record's name: the first of these the type has. */
export const REPRESENTATION_FIELDS = ['name', 'title', 'label', 'username', 'code'];
