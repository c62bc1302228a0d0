export type RoundState = 'draft' | 'open' | 'judging' | 'published';
export interface Criterion { code: string; name: string; weight: number; max: number }
export interface RankedRow {
  nominationId: number; nomination: string; meeting: string; title: string; township: string | null; rank: number | null; tiedWithPrevious: boolean;
  judges: number; averageHundredths: number | null; criteria: Array<{ code: string; averageHundredths: number | null }>;
}
export interface RoundOverview {
  id: string; name: string; state: RoundState; periodStart: string; periodEnd: string; perTownship: number | null; criteria: Criterion[]; updatedAt: string;
  judges: Array<{ id: string | null; name: string; township: string | null; scored?: number; toScore?: number }>;
  nominations: Array<{ id: string; meeting: string | null; title: string; township: string | null; note: string | null; heldOn: string }>;
  nominationCount: number;
  me: { judge: boolean; mayNominate: boolean };
  ranking: RankedRow[] | null;
  resultsPublishedAt: string | null;
}
export const hundredths = (h: number | null) => (h == null ? '—' : `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`);
