// Public API of @confnotes/widgets. Re-exports only.
// MDX imports each island from its own entry (`@confnotes/widgets/DriftLab`), so a page
// loads only the islands it uses; this barrel is for tests and tooling.

export { AltSvcParser } from './AltSvcParser/AltSvcParser';
export { DriftLab } from './DriftLab/DriftLab';
export { EbpfHookExplorer } from './EbpfHookExplorer/EbpfHookExplorer';
export { GreaseChecker } from './GreaseChecker/GreaseChecker';
export { HandshakeRace } from './HandshakeRace/HandshakeRace';
export { HolBlocking } from './HolBlocking/HolBlocking';
export { HoldoutCalculator } from './HoldoutCalculator/HoldoutCalculator';
export { KernelAggregation } from './KernelAggregation/KernelAggregation';
export { Log2Histogram } from './Log2Histogram/Log2Histogram';
export { MlTestScore } from './MlTestScore/MlTestScore';
export { QlogViewer } from './QlogViewer/QlogViewer';
export { RoastBoard } from './RoastBoard/RoastBoard';
export { RpoRtoPlanner } from './RpoRtoPlanner/RpoRtoPlanner';
export { SharePage } from './SharePage/SharePage';
export { SilentFailureSim } from './SilentFailureSim/SilentFailureSim';
export { SloPlanner } from './SloPlanner/SloPlanner';
export { StreamIdDecoder } from './StreamIdDecoder/StreamIdDecoder';
export { TransportParams } from './TransportParams/TransportParams';
