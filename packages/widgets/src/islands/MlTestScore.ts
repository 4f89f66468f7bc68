export { MlTestScore } from '../MlTestScore/MlTestScore';
