import type { BuildMeasurement } from './run-build';
import type { OutStats } from './out-stats';
import type { SearchMeasurement } from './measure-search';

/** One bench run: the keys of the brief's JSON first, then the detail behind them. */
export type ScaleResult = {
  insights: number;
  realInsights: number;
  syntheticSpeakers: number;
} & OutStats & BuildMeasurement & SearchMeasurement;
