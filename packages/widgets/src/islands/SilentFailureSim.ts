export { SilentFailureSim } from '../SilentFailureSim/SilentFailureSim';
