export type * from './types';
export { analysePatterns } from './analyse';
export {
  heatmapShade,
  sparklineGeometry,
  type SparklineGeometry,
  type SparklinePoint,
} from './sparkline';
