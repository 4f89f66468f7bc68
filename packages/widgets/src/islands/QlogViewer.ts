export { QlogViewer } from '../QlogViewer/QlogViewer';
