// The runtime of HTML5 packages: no LMS, progress in localStorage.
import { startPlayer } from '../boot';
import { bindStandalone as bind } from '../lms/binding-support';

startPlayer(bind);
