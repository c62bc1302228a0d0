// The relation scope without Strapi: every populate form becomes explicit, scoped relations; filter
// conditions on related records get the related type's scope.
import { describe, expect, it } from 'vitest';
import { scopePopulate, scopeRelationFilters, MAX_POPULATE_DEPTH, type RelationScopeContext } from '../../cms/src/scoping/relation-scope';
import { relationRefs } from '../../cms/src/scoping/relation-input';

const MODELS: Record<string, { attributes: Record<string, any> }> = {
  org: { attributes: {
    name: { type: 'string' },
    parent: { type: 'relation', relation: 'manyToOne', target: 'org' },
    children: { type: 'relation', relation: 'oneToMany', target: 'org', mappedBy: 'parent' },
    secretary: { type: 'relation', relation: 'manyToOne', target: 'member' },
    photo: { type: 'media', multiple: false },
    createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user' },
    related: { type: 'relation', relation: 'morphToMany' },
    address: { type: 'component', component: 'place' },
  } },
  member: { attributes: { name: { type: 'string' }, org: { type: 'relation', relation: 'manyToOne', target: 'org' } } },
  place: { attributes: { town: { type: 'relation', relation: 'manyToOne', target: 'town' } } },
  town: { attributes: { name: { type: 'string' } } },
};
const SCOPE: Record<string, any> = { org: { id: { $in: [1, 2] } }, member: { org: { id: { $in: [1, 2] } } }, town: null };

const ctx = (unscoped = false): RelationScopeContext => ({
  getModel: (uid) => MODELS[uid],
  scopeOf: (uid) => (unscoped ? null : SCOPE[uid] ?? null),
  unscoped,
});

describe('scopePopulate', () => {
  it('turns *, true, lists and dotted paths into scoped relations', () => {
    const star = scopePopulate('*', 'org', ctx())!;
    expect(Object.keys(star).sort()).toEqual(['address', 'children', 'parent', 'photo', 'secretary']);
    expect(star.parent).toEqual({ filters: SCOPE.org });
    expect(scopePopulate(['parent.secretary', 'children'], 'org', ctx())).toEqual({
      parent: { filters: SCOPE.org, populate: { secretary: { filters: SCOPE.member } } },
      children: { filters: SCOPE.org },
    });
    expect(scopePopulate('parent,secretary', 'org', ctx())).toEqual(scopePopulate({ parent: true, secretary: 'true' }, 'org', ctx()));
  });

  it('keeps the client\'s own filters and options, and adds the scope to them', () => {
    const out = scopePopulate({ children: { filters: { name: 'x' }, fields: ['name'], sort: 'name', populate: { secretary: { fields: ['name'] } } } }, 'org', ctx())!;
    expect(out.children).toEqual({ fields: ['name'], sort: 'name', filters: { $and: [{ name: 'x' }, SCOPE.org] }, populate: { secretary: { fields: ['name'], filters: SCOPE.member } } });
  });

  it('drops admin users and morph relations for scoped callers; files keep only their fields', () => {
    const out = scopePopulate({ createdBy: true, related: true, photo: { populate: { folder: true }, fields: ['url'] } }, 'org', ctx())!;
    expect(out).toEqual({ photo: { fields: ['url'] } });
    expect(scopePopulate({ related: true }, 'org', ctx(true))).toEqual({ related: {} });
  });

  it('goes into components and skips false, unknown and empty', () => {
    expect(scopePopulate({ address: { populate: { town: true } } }, 'org', ctx())).toEqual({ address: { populate: { town: {} } } });
    expect(scopePopulate({ parent: false, nope: true, secretary: 'false' }, 'org', ctx())).toEqual({});
    expect(scopePopulate(undefined, 'org', ctx())).toBeUndefined();
  });

  it(`refuses more than ${MAX_POPULATE_DEPTH} levels and nonsense`, () => {
    let deep: any = true;
    for (let i = 0; i < MAX_POPULATE_DEPTH + 1; i++) deep = { parent: { populate: deep } };
    expect(() => scopePopulate(deep, 'org', ctx())).toThrow(/最多展开/);
    expect(() => scopePopulate([1, 2], 'org', ctx())).toThrow(/populate/);
    expect(() => scopePopulate({ parent: [1] }, 'org', ctx())).toThrow(/populate/);
  });
});

describe('scopeRelationFilters', () => {
  it('narrows every condition on a related record, at any depth', () => {
    expect(scopeRelationFilters({ parent: { children: { secretary: { name: 'x' } } } }, 'org', ctx())).toEqual({
      parent: { $and: [SCOPE.org, { children: { $and: [SCOPE.org, { secretary: { $and: [SCOPE.member, { name: 'x' }] } }] } }] },
    });
  });

  it('compares ids inside the scope, keeps presence tests and logical operators', () => {
    expect(scopeRelationFilters({ secretary: 5 }, 'org', ctx())).toEqual({ secretary: { $and: [SCOPE.member, { id: 5 }] } });
    expect(scopeRelationFilters({ secretary: { $null: true } }, 'org', ctx())).toEqual({ secretary: { $null: true } });
    expect(scopeRelationFilters({ parent: { id: { $null: true } } }, 'org', ctx())).toEqual({ parent: { id: { $null: true } } });
    expect(scopeRelationFilters({ parent: { id: { $notNull: true } } }, 'org', ctx())).toEqual({ parent: { id: { $notNull: true } } });
    expect(scopeRelationFilters({ $or: [{ name: 'a' }, { parent: { name: 'b' } }] }, 'org', ctx())).toEqual({
      $or: [{ name: 'a' }, { parent: { $and: [SCOPE.org, { name: 'b' }] } }],
    });
  });
});

describe('relationRefs', () => {
  it('finds every record a relation value can name', () => {
    const refs = relationRefs({ connect: [{ id: 3 }, 'abc', { documentId: 'def', position: { before: 'ghi' } }], disconnect: [4], set: ['7'] }, 'x');
    expect([...refs.ids].sort()).toEqual([3, 4, 7]);
    expect([...refs.documentIds].sort()).toEqual(['abc', 'def', 'ghi']);
    expect([...relationRefs(['a', { id: 2 }], 'x').ids]).toEqual([2]);
    expect(relationRefs(null, 'x').ids.size).toBe(0);
  });

  it('refuses values Strapi would read as a numeric id but are not one', () => {
    expect(() => relationRefs('12abc', 'x')).toThrow(/格式无效/);
    expect(() => relationRefs({ id: -1 }, 'x')).toThrow(/格式无效/);
    expect(() => relationRefs(true, 'x')).toThrow(/格式无效/);
  });
});
