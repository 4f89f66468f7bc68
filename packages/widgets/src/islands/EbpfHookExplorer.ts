export { EbpfHookExplorer } from '../EbpfHookExplorer/EbpfHookExplorer';
