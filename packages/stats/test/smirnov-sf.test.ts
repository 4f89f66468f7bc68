import { smirnovSf } from '../src/smirnov-sf.ts';
import { describeKsSfSuite } from './helpers/ks-sf-suite.ts';

// Reference values: scipy.special.smirnov(n, d), the snippet is in helpers/scipy-ks-sf-grid.ts.
describeKsSfSuite({
  title: 'smirnovSf — scipy parity (Birnbaum–Tingey sum)',
  sf: smirnovSf,
  reference: 'smirnov',
  rel: 1e-9,
  abs: 1e-15,
});
