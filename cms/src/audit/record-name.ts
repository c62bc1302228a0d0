// What a person calls a record, kept in its audit entry at write time (the record may later be
// renamed or deleted): its name, else its subject, title, reason or code.
const FIELDS = ['name', 'fullName', 'subject', 'title', 'topic', 'reason', 'code', 'username'];

export function recordName(...rows: Array<Record<string, any> | null | undefined>): string | null {
  for (const row of rows) {
    for (const f of FIELDS) {
      const v = row?.[f];
      if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 200);
    }
  }
  return null;
}
