import type { Member } from '../types';

/** A member in an autocomplete: name and code, since names repeat across a township. */
export const memberOptionText = (member?: Member) => (member ? (member.code ? `${member.name}（${member.code}）` : member.name) : '');
