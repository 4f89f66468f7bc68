export { DriftLab } from '../DriftLab/DriftLab';
