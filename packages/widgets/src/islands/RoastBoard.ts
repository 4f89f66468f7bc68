export { RoastBoard } from '../RoastBoard/RoastBoard';
