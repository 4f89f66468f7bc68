export { HoldoutCalculator } from '../HoldoutCalculator/HoldoutCalculator';
