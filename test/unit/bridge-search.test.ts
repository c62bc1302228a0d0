// The bridge's `q`: which fields it searches and how (a plain LIKE where letter case cannot matter).
import { describe, expect, it } from 'vitest';
import { parseFilter } from '../../cms/src/bridge/query';
import type { Model } from '../../cms/src/bridge/model';

const attributes = { code: { type: 'string' }, name: { type: 'string' }, employer: { type: 'string' }, notes: { type: 'text' }, age: { type: 'integer' } };
const model = (search?: string[]): Model => ({ uid: 'api::m.m', pluralName: 'ms', displayName: 'M', attributes, ...(search ? { search } : {}) });

describe('q', () => {
  it('searches every text field unless the schema names some', () => {
    expect(parseFilter(JSON.stringify({ q: 'sy01' }), model())).toEqual({ $and: [{ $or: ['code', 'name', 'employer', 'notes'].map((f) => ({ [f]: { $containsi: 'sy01' } })) }] });
    expect(parseFilter(JSON.stringify({ q: 'sy01' }), model(['code', 'name', 'age']))).toEqual({ $and: [{ $or: [{ code: { $containsi: 'sy01' } }, { name: { $containsi: 'sy01' } }] }] });
  });

  it('matches Chinese and digits case-sensitively (the same rows, no lowering of every value)', () => {
    expect(parseFilter(JSON.stringify({ q: ' 王 ' }), model(['name']))).toEqual({ $and: [{ $or: [{ name: { $contains: '王' } }] }] });
    expect(parseFilter(JSON.stringify({ q: '1001' }), model(['code']))).toEqual({ $and: [{ $or: [{ code: { $contains: '1001' } }] }] });
    expect(parseFilter(JSON.stringify({ q: '王A' }), model(['name']))).toEqual({ $and: [{ $or: [{ name: { $containsi: '王A' } }] }] });
  });
});
