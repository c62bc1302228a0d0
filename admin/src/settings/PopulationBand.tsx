import { useRecordContext, useTranslate } from 'react-admin';

/** 40,000–60,000 人, or 60,001 人以上 */
export const PopulationBand = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ minPopulation?: number; maxPopulation?: number | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const n = (x: number) => x.toLocaleString('zh-CN');
  return (
    <span>
      {record.maxPopulation != null
        ? translate('app.settings.population_between', { min: n(record.minPopulation ?? 0), max: n(record.maxPopulation) })
        : translate('app.settings.population_above', { min: n(record.minPopulation ?? 0) })}
    </span>
  );
};
