export { Log2Histogram } from '../Log2Histogram/Log2Histogram';
