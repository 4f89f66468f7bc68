// Public islands of @confnotes/widgets. Re-exports only.
export { SharePage } from './SharePage/SharePage';
