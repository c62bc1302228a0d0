// A horizontal bar chart whose bars open the list behind them. Long breakdowns (a township's branches)
// scroll inside the card, so the page never gets wider than a phone.
import { useNavigate } from 'react-router-dom';
import { Box } from '@mui/material';
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

export interface Series {
  label: string;
  color: string;
  values: number[];
}

interface Props {
  labels: string[];
  series: Series[];
  /** the route a bar opens: (bar index, series index) */
  linkOf: (index: number, series: number) => string | null;
  stacked?: boolean;
  /** vertical bars (a distribution) instead of one row per group */
  vertical?: boolean;
  testId?: string;
  format?: (value: number) => string;
}

export const BarChart = ({ labels, series, linkOf, stacked, vertical, testId, format }: Props) => {
  const navigate = useNavigate();
  const height = vertical ? 220 : Math.max(140, labels.length * (stacked ? 26 : 22) + 60);
  const options: ChartOptions<'bar'> = {
    indexAxis: vertical ? 'x' : 'y',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { display: series.length > 1, position: 'bottom' },
      tooltip: format ? { callbacks: { label: (c) => `${c.dataset.label}：${format(Number(c.raw))}` } } : {},
    },
    scales: {
      x: { stacked, beginAtZero: true, ticks: { precision: 0 } },
      y: { stacked, beginAtZero: true, ticks: { autoSkip: false, font: { size: 11 } } },
    },
    onClick: (_e, elements) => {
      const hit = elements[0];
      const to = hit ? linkOf(hit.index, hit.datasetIndex) : null;
      if (to) navigate(to);
    },
    onHover: (e, elements) => {
      const target = e.native?.target as HTMLElement | undefined;
      if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
    },
  };
  return (
    <Box sx={{ maxHeight: 420, overflowY: 'auto' }} data-testid={testId}>
      <Box sx={{ position: 'relative', height }}>
        <Bar options={options} data={{ labels, datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, maxBarThickness: 22 })) }} />
      </Box>
    </Box>
  );
};
