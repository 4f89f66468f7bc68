export { KernelAggregation } from '../KernelAggregation/KernelAggregation';
