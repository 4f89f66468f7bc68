export { HandshakeRace } from '../HandshakeRace/HandshakeRace';
