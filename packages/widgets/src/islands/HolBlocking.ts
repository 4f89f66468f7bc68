export { HolBlocking } from '../HolBlocking/HolBlocking';
