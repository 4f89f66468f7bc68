/**
 * The former name of {@link ScrollRegion} (same markup, default class `cn-table-wrap`), kept
 * while SloPlanner and RoastBoard still import it; new code uses `ScrollRegion`.
 * @deprecated use `ScrollRegion` from `./ScrollRegion`
 */
export { ScrollRegion as TableWrap, type ScrollRegionProps as TableWrapProps } from './ScrollRegion';
