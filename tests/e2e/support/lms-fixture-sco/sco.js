/* global window, document */
// Minimal SCO: finds API_1484_11 (2004) or API (1.2) in the parent chain, resumes from the bookmark
// and suspend_data, records one interaction and a score, and terminates once on pagehide.
(function () {
  function find(name) {
    var w = window;
    for (var i = 0; i < 10 && w; i++) {
      if (w[name]) return w[name];
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  }
  var api2004 = find('API_1484_11');
  var api12 = api2004 ? null : find('API');
  var is2004 = !!api2004;
  var api = api2004 || api12;
  var call = function (m12, m2004) {
    var args = Array.prototype.slice.call(arguments, 2);
    return api[is2004 ? m2004 : m12].apply(api, args);
  };
  var get = function (el12, el2004) {
    return call('LMSGetValue', 'GetValue', is2004 ? el2004 : el12);
  };
  var set = function (el12, el2004, v) {
    return call('LMSSetValue', 'SetValue', is2004 ? el2004 : el12, v);
  };
  var started = Date.now();
  var finished = false;
  var done = false;
  var pageOut = document.getElementById('page');
  call('LMSInitialize', 'Initialize', '');
  var entry = get('cmi.core.entry', 'cmi.entry');
  var page = Number(get('cmi.core.lesson_location', 'cmi.location')) || 1;
  var answer = get('cmi.suspend_data', 'cmi.suspend_data');
  pageOut.textContent = String(page);
  document.getElementById('launch').textContent =
    'Version ' + (is2004 ? '2004' : '1.2') + ', entry ' + (entry || '(empty)') + ', answer ' + (answer || '(none)');
  if (answer) {
    var checked = document.querySelector('input[value="' + answer + '"]');
    if (checked) checked.checked = true;
  }
  if (!is2004) set('cmi.core.lesson_status', '', 'incomplete');
  else set('', 'cmi.completion_status', 'incomplete');
  document.getElementById('next').addEventListener('click', function () {
    page = Math.min(3, page + 1);
    pageOut.textContent = String(page);
    set('cmi.core.lesson_location', 'cmi.location', String(page));
    call('LMSCommit', 'Commit', '');
  });
  document.getElementById('submit').addEventListener('click', function () {
    var picked = document.querySelector('input[name="q1"]:checked');
    if (!picked) return;
    var correct = picked.value === 'four';
    set('cmi.suspend_data', 'cmi.suspend_data', picked.value);
    set('cmi.interactions.0.id', 'cmi.interactions.0.id', 'fixture-q1');
    set('cmi.interactions.0.type', 'cmi.interactions.0.type', 'choice');
    set('cmi.interactions.0.student_response', 'cmi.interactions.0.learner_response', picked.value);
    set('cmi.interactions.0.result', 'cmi.interactions.0.result', correct ? 'correct' : is2004 ? 'incorrect' : 'wrong');
    set('cmi.core.score.raw', 'cmi.score.raw', correct ? '1' : '0');
    set('cmi.core.score.min', 'cmi.score.min', '0');
    set('cmi.core.score.max', 'cmi.score.max', '1');
    if (is2004) {
      set('', 'cmi.score.scaled', correct ? '1' : '0');
      set('', 'cmi.success_status', correct ? 'passed' : 'failed');
      set('', 'cmi.completion_status', 'completed');
    } else {
      set('cmi.core.lesson_status', '', correct ? 'passed' : 'failed');
    }
    finished = correct;
    call('LMSCommit', 'Commit', '');
    document.getElementById('result').textContent = correct ? 'Correct' : 'Try again';
  });
  window.addEventListener('pagehide', function () {
    if (done) return;
    done = true;
    var secs = (Date.now() - started) / 1000;
    if (is2004) {
      set('', 'cmi.session_time', 'PT' + secs.toFixed(2) + 'S');
    } else {
      var s = Math.floor(secs);
      var pad = function (n, w) {
        return String(n).padStart(w, '0');
      };
      set(
        'cmi.core.session_time',
        '',
        pad(Math.floor(s / 3600), 4) + ':' + pad(Math.floor(s / 60) % 60, 2) + ':' + pad(s % 60, 2),
      );
    }
    set('cmi.core.exit', 'cmi.exit', finished ? '' : 'suspend');
    if (is2004 && finished) set('', 'cmi.exit', 'normal');
    call('LMSCommit', 'Commit', '');
    call('LMSFinish', 'Terminate', '');
  });
})();
