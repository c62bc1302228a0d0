export const CASE_STATUSES = ['received', 'refused', 'finished', 'returned'] as const;

export const shanghai = (iso?: string | null) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }) : '';
