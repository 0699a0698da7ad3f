/** One month of the API's series (FeedbackMetricsMonth). */
export interface MetricsMonth {
  month: string;
  submitted: number;
  firstResponsesDue: number;
  answeredOnTime: number;
  answeredLateOrMissing: number;
  firstResponsesOnTime?: number | null;
  escalations: number;
}

/** The series the chart draws, in the order of the table's columns. */
export const CHART_SERIES = ['submitted', 'answeredOnTime', 'answeredLateOrMissing'] as const;
export type ChartSeries = (typeof CHART_SERIES)[number];
