export { GreaseChecker } from '../GreaseChecker/GreaseChecker';
