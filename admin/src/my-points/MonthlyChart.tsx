// Points by month as a line (and the running total as a dashed one), from /api/points/me's
// `monthly` (tenths). Only the chart.js parts a line chart needs are registered.
import { useMemo } from 'react';
import { Box, useTheme } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { CategoryScale, Chart as ChartJS, Filler, Legend, LineElement, LinearScale, PointElement, Tooltip, type ChartOptions } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { tenthsToPoints } from '../points/tenths';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

export const MonthlyChart = ({ monthly }: { monthly: number[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const theme = useTheme();
  const data = useMemo(() => {
    const month = new Intl.DateTimeFormat(locale, { month: 'short' });
    const points = monthly.map(tenthsToPoints);
    let sum = 0;
    const cumulative = monthly.map((t) => tenthsToPoints((sum += t)));
    return {
      labels: points.map((_, i) => month.format(new Date(2000, i, 15))),
      datasets: [
        {
          label: translate('app.my_points.chart_month'),
          data: points,
          borderColor: theme.palette.primary.main,
          backgroundColor: 'rgba(198, 40, 40, 0.12)',
          fill: true,
          cubicInterpolationMode: 'monotone' as const,
          pointRadius: 3,
        },
        {
          label: translate('app.my_points.chart_cumulative'),
          data: cumulative,
          borderColor: theme.palette.grey[500],
          borderDash: [4, 4],
          fill: false,
          cubicInterpolationMode: 'monotone' as const,
          pointRadius: 0,
        },
      ],
    };
  }, [monthly, locale, translate, theme]);
  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: { duration: 400 },
    interaction: { mode: 'index', intersect: false },
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { ticks: { autoSkip: true, maxRotation: 0 } } },
  };
  return (
    <Box sx={{ position: 'relative', height: { xs: 220, sm: 260 }, width: '100%' }} data-testid="my-points-chart">
      <Line data={data} options={options} aria-label={translate('app.my_points.chart')} role="img" />
    </Box>
  );
};
