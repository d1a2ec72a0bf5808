// The runtime of xAPI (Tin Can launch) packages.
import { startPlayer } from '../boot';
import { bindXapi as bind } from '../lms/xapi-bindings';

startPlayer(bind);
