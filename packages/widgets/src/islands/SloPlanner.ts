export { SloPlanner } from '../SloPlanner/SloPlanner';
