// The runtime of cmi5 packages (xAPI statements to the launch's LRS).
import { startPlayer } from '../boot';
import { bindCmi5 as bind } from '../lms/xapi-bindings';

startPlayer(bind);
