export { SharePage } from '../SharePage/SharePage';
