// The runtime of SCORM 2004 packages (`API_1484_11`).
import { startPlayer } from '../boot';
import { bindScorm2004 as bind } from '../lms/scorm-bindings';

startPlayer(bind);
