// Public API of @confnotes/widgets. Re-exports only.
// MDX imports each island from its own entry (`@confnotes/widgets/DriftLab`), so a page
// loads only the islands it uses; this barrel is for tests and tooling.
export { SharePage } from './SharePage/SharePage';
export { QlogViewer } from './QlogViewer/QlogViewer';
export { AltSvcParser } from './AltSvcParser/AltSvcParser';
export { EbpfHookExplorer } from './EbpfHookExplorer/EbpfHookExplorer';
export { KernelAggregation } from './KernelAggregation/KernelAggregation';
export { Log2Histogram } from './Log2Histogram/Log2Histogram';
export { StreamIdDecoder } from './StreamIdDecoder/StreamIdDecoder';
export { GreaseChecker } from './GreaseChecker/GreaseChecker';
export { TransportParams } from './TransportParams/TransportParams';
export { HandshakeRace } from './HandshakeRace/HandshakeRace';
export { HolBlocking } from './HolBlocking/HolBlocking';
export { MlTestScore } from './MlTestScore/MlTestScore';
export { DriftLab } from './DriftLab/DriftLab';
export { SloPlanner } from './SloPlanner/SloPlanner';
export { RpoRtoPlanner } from './RpoRtoPlanner/RpoRtoPlanner';
export { HoldoutCalculator } from './HoldoutCalculator/HoldoutCalculator';
export { RoastBoard } from './RoastBoard/RoastBoard';
export { SilentFailureSim } from './SilentFailureSim/SilentFailureSim';
