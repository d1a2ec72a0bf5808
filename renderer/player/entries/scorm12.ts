// The runtime of SCORM 1.2 packages (`API`).
import { startPlayer } from '../boot';
import { bindScorm12 as bind } from '../lms/scorm-bindings';

startPlayer(bind);
