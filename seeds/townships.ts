// The 13 township-level units of Siyang with their statistics-bureau division codes (2022 list).
// Populations are SYNTHETIC: chosen so that 10 exceed 60,000 and 3 fall in 40,000–60,000, as the seed document says.
// Grid counts per township are a synthetic split of the real county totals (128 urban, 589 rural, 177 special).
export interface TownshipSeed {
  code: string;
  name: string;
  kind: 'street' | 'town' | 'township';
  population: number;
  grids: { urban: number; rural: number; special: number };
}

export const TOWNSHIPS: TownshipSeed[] = [
  { code: '321323001', name: '众兴街道', kind: 'street', population: 182000, grids: { urban: 60, rural: 20, special: 30 } },
  { code: '321323002', name: '城厢街道', kind: 'street', population: 96000, grids: { urban: 30, rural: 30, special: 16 } },
  { code: '321323003', name: '来安街道', kind: 'street', population: 52000, grids: { urban: 20, rural: 25, special: 10 } },
  { code: '321323101', name: '爱园镇', kind: 'town', population: 72000, grids: { urban: 2, rural: 52, special: 12 } },
  { code: '321323102', name: '王集镇', kind: 'town', population: 88000, grids: { urban: 4, rural: 60, special: 16 } },
  { code: '321323103', name: '裴圩镇', kind: 'town', population: 75000, grids: { urban: 2, rural: 55, special: 12 } },
  { code: '321323104', name: '新袁镇', kind: 'town', population: 68000, grids: { urban: 2, rural: 50, special: 12 } },
  { code: '321323105', name: '李口镇', kind: 'town', population: 70000, grids: { urban: 2, rural: 52, special: 12 } },
  { code: '321323106', name: '临河镇', kind: 'town', population: 66000, grids: { urban: 2, rural: 50, special: 12 } },
  { code: '321323107', name: '穿城镇', kind: 'town', population: 64000, grids: { urban: 2, rural: 48, special: 12 } },
  { code: '321323110', name: '卢集镇', kind: 'town', population: 69000, grids: { urban: 2, rural: 50, special: 12 } },
  { code: '321323111', name: '三庄镇', kind: 'town', population: 47000, grids: { urban: 0, rural: 50, special: 11 } },
  { code: '321323200', name: '庄圩乡', kind: 'township', population: 43000, grids: { urban: 0, rural: 47, special: 10 } },
];
