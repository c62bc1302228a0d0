// The approvals service's own endpoints (/api/services/…): case steps and the assessment.
import { apiGet, apiSend } from '../meetings/api';

export interface CaseStepResult {
  id: string;
  code: string;
  status: string;
  onTime?: boolean | null;
  satisfaction?: number | null;
}

export const finishCase = (id: string) => apiSend<CaseStepResult>('POST', `/services/cases/${id}/finish`);
export const returnCase = (id: string, reason: string) => apiSend<CaseStepResult>('POST', `/services/cases/${id}/return`, { reason });
export const rateCase = (id: string, satisfaction: number) => apiSend<CaseStepResult>('POST', `/services/cases/${id}/rate`, { satisfaction });

export interface AssessmentRow {
  township: { id: string; name: string; code: string };
  month: string;
  volume: number;
  finished: number;
  open: number;
  openOverdue: number;
  returned: number;
  refused: number;
  rated: number;
  satisfactionAverage: number | null;
  rates: Record<string, { num: number; den: number; permille: number | null; text: string }>;
}

export const getAssessment = (year: number, month?: string) =>
  apiGet<{ year: number; month: string | null; asOf: string; rows: AssessmentRow[] }>('/services/assessment', { year, month });
