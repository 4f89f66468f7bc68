export { TransportParams } from '../TransportParams/TransportParams';
