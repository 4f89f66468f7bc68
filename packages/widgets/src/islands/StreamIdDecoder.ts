export { StreamIdDecoder } from '../StreamIdDecoder/StreamIdDecoder';
