export { AltSvcParser } from '../AltSvcParser/AltSvcParser';
