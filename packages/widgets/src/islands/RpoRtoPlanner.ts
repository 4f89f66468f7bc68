export { RpoRtoPlanner } from '../RpoRtoPlanner/RpoRtoPlanner';
