import { kolmogorovSf } from '../src/kolmogorov-sf.ts';
import { describeKsSfSuite } from './helpers/ks-sf-suite.ts';

// Reference values: scipy.stats.kstwo.sf(d, n), the snippet is in helpers/scipy-ks-sf-grid.ts.
describeKsSfSuite({
  title: "kolmogorovSf — scipy parity (Simard–L'Ecuyer regimes: Ruben–Gambino, Durbin, Pomeranz, 2·smirnov, Pelz–Good)",
  sf: kolmogorovSf,
  reference: 'kstwoSf',
  rel: 1e-7,
  abs: 1e-14,
});
