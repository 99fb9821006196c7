export type * from './types';
export { analysePatterns } from './analyse';
export { describeOnset, describePatterns, NO_PATTERN_TEXT } from './describe';
export { UNKNOWN_TEXT } from './findings';
export {
  heatmapShade,
  sparklineGeometry,
  type SparklineGeometry,
  type SparklinePoint,
} from './sparkline';
