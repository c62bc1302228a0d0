// GET /ra/_schema: the content types the caller may list, with their fields and what the caller
// may do with them. Drives the generic screens and hides buttons the server would refuse anyway.

export type FieldType =
  | 'string' | 'text' | 'richtext' | 'email' | 'uid' | 'password'
  | 'integer' | 'biginteger' | 'decimal' | 'float'
  | 'boolean' | 'date' | 'datetime' | 'time' | 'timestamp'
  | 'enumeration' | 'json' | 'relation'
  | (string & {});

export interface SchemaField {
  name: string;
  type: FieldType;
  required: boolean;
  readOnly: boolean;
  enum?: string[];
  /** a code or key held to a Latin pattern: shown as code */
  machine?: boolean;
  relation?: 'manyToOne' | 'oneToOne' | 'oneToMany' | 'manyToMany' | (string & {});
  target?: string;
  mappedBy?: string;
}

export interface ResourcePermissions {
  list: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
}

export interface SchemaResource {
  name: string;
  uid: string;
  label: string;
  description: string;
  searchable: string[];
  permissions: ResourcePermissions;
  fields: SchemaField[];
}

export interface Schema {
  resources: SchemaResource[];
}

export const isToOne = (f: SchemaField) => f.type === 'relation' && (f.relation === 'manyToOne' || f.relation === 'oneToOne');
export const isToMany = (f: SchemaField) => f.type === 'relation' && !isToOne(f);
