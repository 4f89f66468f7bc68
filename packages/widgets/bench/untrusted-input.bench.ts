// `pnpm --filter @confnotes/widgets bench`: parsers of untrusted input on about 1 MB of garbage.
// Target for each: a mean under one second (the unit tests once asserted < 3 s, < 5 s for the
// Alt-Svc protocol ids); the unit tests now check only what the parsers return on these inputs.
import { bench, describe } from 'vitest';
import { decodeProtocolId } from '../src/AltSvcParser/authority';
import { parseAltSvc } from '../src/AltSvcParser/parse';
import { parseSample } from '../src/Log2Histogram/parse-sample';
import { parseQlog } from '../src/QlogViewer/parse';

const qlogUnit = `\u001e{"time":1,"name":"x:y"${'\n{]'.repeat(20)}`;
const inputs = {
  altSvc: 'h3=":443"; ma=x, "\\'.repeat(60_000).slice(0, 1_000_000),
  protocolIdBad: '%4'.repeat(500_000),
  protocolIdGood: '%41'.repeat(350_000),
  log2Sample: 'x1e999 ,;; 12 NaN\n'.repeat(55_000),
  qlog: qlogUnit.repeat(Math.ceil(1_000_000 / qlogUnit.length)),
};

describe('untrusted input, about 1 MB of garbage each', () => {
  bench('parseAltSvc', () => {
    parseAltSvc(inputs.altSvc);
  });
  bench('decodeProtocolId, bad and good percent-encoding', () => {
    decodeProtocolId(inputs.protocolIdBad);
    decodeProtocolId(inputs.protocolIdGood);
  });
  bench('Log2Histogram parseSample', () => {
    parseSample(inputs.log2Sample);
  });
  bench('parseQlog', () => {
    parseQlog(inputs.qlog, 'g');
  });
});
