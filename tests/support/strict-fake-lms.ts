import type { Scorm12Api, Scorm2004Api } from '../../renderer/player/lms/scorm-api';
import { findRule, SCORM12_RULES, SCORM2004_RULES } from './strict-fake-lms-rules';

/**
 * A strict stand-in LMS for adapter unit tests. Unlike forgiving LMSs it records a violation (and
 * returns "false" with the standard error code) for: any call before Initialize or after Terminate, a
 * second Initialize, unknown elements, reading write-only or writing read-only elements, non-string
 * values, values outside the vocabulary / format / length limit, and interaction indices that skip
 * ahead or responses set before the interaction's type.
 */
type FakeCall = [method: string, ...args: string[]];

interface StrictFakeLms<A> {
  api: A;
  /** Every call in order with version-neutral names (Initialize, GetValue, SetValue, Commit, Terminate), e.g. ['SetValue', 'cmi.exit', 'suspend']. */
  calls: FakeCall[];
  /** Standard violations; a correct adapter leaves this empty. */
  violations: string[];
  /** The committed data model (what survives to the next launch). */
  committed: Map<string, string>;
  /** Current (uncommitted) data model. */
  data: Map<string, string>;
  /** The next `n` Commit (or Terminate) calls fail to persist (returning "false", or Commit throwing when `mode` is 'throw'). */
  failCommits(n: number, mode?: 'false' | 'throw'): void;
  /** From now on SetValue of elements matching `pattern` is refused (error 406/405), like an LMS with stricter rules. */
  reject(pattern: RegExp): void;
  /** Only the calls of one method (with its arguments). */
  callsOf(method: string): FakeCall[];
  /** Set values as `element=value` lines, in order. */
  sets(): string[];
}

type Version = '1.2' | '2004';

const ERR = {
  '1.2': {
    general: '101',
    notInit: '301',
    notImpl: '401',
    invalidSet: '402',
    readOnly: '403',
    writeOnly: '404',
    type: '405',
  },
  '2004': {
    general: '101',
    notInit: '132',
    afterTerm: '133',
    notImpl: '401',
    invalidSet: '351',
    readOnly: '404',
    writeOnly: '405',
    type: '406',
    uninit: '403',
  },
} as const;

function createCore(version: Version, initial: Record<string, string>) {
  const rules = version === '1.2' ? SCORM12_RULES : SCORM2004_RULES;
  const errors = ERR[version];
  const calls: FakeCall[] = [];
  const violations: string[] = [];
  const data = new Map(Object.entries(initial));
  const committed = new Map(data);
  let phase: 'new' | 'running' | 'terminated' = 'new';
  let lastError = '0';
  let failing = 0;
  let failMode: 'false' | 'throw' = 'false';
  let rejecting: RegExp | null = null;

  const violate = (msg: string, code: string): string => {
    violations.push(msg);
    lastError = code;
    return 'false';
  };
  const requireRunning = (what: string): boolean => {
    if (phase === 'running') return true;
    violate(`${what} called ${phase === 'new' ? 'before Initialize' : 'after Terminate'}`, errors.notInit);
    return false;
  };
  const countOf = (list: 'interactions' | 'objectives'): number => {
    let n = 0;
    while (data.has(`cmi.${list}.${n}.id`)) n++;
    return n;
  };

  const initialize = (arg: unknown): string => {
    calls.push(['Initialize', String(arg)]);
    if (arg !== '') return violate('Initialize argument must be ""', '201');
    if (phase !== 'new')
      return violate(`Initialize called ${phase === 'running' ? 'twice' : 'after Terminate'}`, '103');
    phase = 'running';
    lastError = '0';
    return 'true';
  };
  const terminate = (arg: unknown): string => {
    calls.push(['Terminate', String(arg)]);
    if (!requireRunning('Terminate')) return 'false';
    phase = 'terminated';
    if (failing > 0) {
      // The network is down: the implicit save of Terminate is lost too.
      failing--;
      lastError = errors.general;
      return 'false';
    }
    for (const [k, v] of data) committed.set(k, v);
    lastError = '0';
    return 'true';
  };
  const getValue = (el: unknown): string => {
    calls.push(['GetValue', String(el)]);
    if (!requireRunning(`GetValue(${String(el)})`)) return '';
    const element = String(el);
    if (element === 'cmi.interactions._count') return String(countOf('interactions'));
    if (element === 'cmi.objectives._count') return String(countOf('objectives'));
    const rule = findRule(rules, element);
    if (!rule) return violate(`GetValue of unknown element ${element}`, errors.notImpl) && '';
    if (rule.access === 'wo') return violate(`GetValue of write-only ${element}`, errors.writeOnly) && '';
    lastError = data.has(element) || version === '1.2' ? '0' : ERR['2004'].uninit;
    return data.get(element) ?? '';
  };
  const setValue = (el: unknown, value: unknown): string => {
    calls.push(['SetValue', String(el), String(value)]);
    if (!requireRunning(`SetValue(${String(el)})`)) return 'false';
    const element = String(el);
    if (rejecting?.test(element)) {
      lastError = errors.type;
      return 'false';
    }
    if (typeof value !== 'string')
      return violate(`SetValue(${element}) with a ${typeof value}, not a string`, errors.type);
    const rule = findRule(rules, element);
    if (!rule) return violate(`SetValue of unknown element ${element}`, errors.notImpl);
    if (rule.access === 'ro') return violate(`SetValue of read-only ${element}`, errors.readOnly);
    const m = /^cmi\.(interactions|objectives)\.(\d+)\.(.+)$/.exec(element);
    let type: string | undefined;
    if (m) {
      const list = m[1] as 'interactions' | 'objectives';
      const n = Number(m[2]);
      const count = countOf(list);
      if (n > count) return violate(`${list} index ${n} skips ahead of _count ${count}`, errors.invalidSet);
      if (n === count && m[3] !== 'id') return violate(`cmi.${list}.${n}.id must be set first (got ${m[3]})`, '408');
      type = data.get(`cmi.interactions.${n}.type`);
      const cr = list === 'interactions' ? /^correct_responses\.(\d+)\.pattern$/.exec(m[3] ?? '') : null;
      if (cr && Number(cr[1]) > 0 && !data.has(`cmi.interactions.${n}.correct_responses.${Number(cr[1]) - 1}.pattern`))
        return violate(`correct_responses index skips ahead in ${element}`, errors.invalidSet);
    }
    const problem = rule.rule?.(value, { type });
    if (problem) return violate(`SetValue(${element}, ${JSON.stringify(value)}): ${problem}`, errors.type);
    data.set(element, value);
    lastError = '0';
    return 'true';
  };
  const commit = (arg: unknown): string => {
    calls.push(['Commit', String(arg)]);
    if (!requireRunning('Commit')) return 'false';
    if (failing > 0) {
      failing--;
      lastError = errors.general;
      if (failMode === 'throw') throw new Error('network error (fake)');
      return 'false';
    }
    for (const [k, v] of data) committed.set(k, v);
    lastError = '0';
    return 'true';
  };
  const getLastError = (): string => lastError;

  const fake = {
    calls,
    violations,
    committed,
    data,
    failCommits(n: number, mode: 'false' | 'throw' = 'false') {
      failing = n;
      failMode = mode;
    },
    reject(pattern: RegExp) {
      rejecting = pattern;
    },
    callsOf: (method: string) => calls.filter((c) => c[0] === method),
    sets: () => calls.filter((c) => c[0] === 'SetValue').map((c) => `${c[1]}=${c[2]}`),
  };
  return { fake, initialize, terminate, getValue, setValue, commit, getLastError };
}

export function createStrictScorm12Lms(initial: Record<string, string> = {}): StrictFakeLms<Scorm12Api> {
  const c = createCore('1.2', {
    'cmi.core.entry': 'ab-initio',
    'cmi.core.lesson_status': 'not attempted',
    'cmi.core.student_id': 'learner-1',
    'cmi.core.student_name': 'Doe, Jane',
    ...initial,
  });
  const api: Scorm12Api = {
    LMSInitialize: c.initialize,
    LMSFinish: c.terminate,
    LMSGetValue: c.getValue,
    LMSSetValue: c.setValue,
    LMSCommit: c.commit,
    LMSGetLastError: c.getLastError,
    LMSGetErrorString: () => '',
    LMSGetDiagnostic: () => '',
  };
  return { ...c.fake, api };
}

export function createStrictScorm2004Lms(initial: Record<string, string> = {}): StrictFakeLms<Scorm2004Api> {
  const c = createCore('2004', {
    'cmi.entry': 'ab-initio',
    'cmi.completion_status': 'unknown',
    'cmi.success_status': 'unknown',
    'cmi.learner_id': 'learner-1',
    'cmi.learner_name': 'Doe, Jane',
    ...initial,
  });
  const api: Scorm2004Api = {
    Initialize: c.initialize,
    Terminate: c.terminate,
    GetValue: c.getValue,
    SetValue: c.setValue,
    Commit: c.commit,
    GetLastError: c.getLastError,
    GetErrorString: () => '',
    GetDiagnostic: () => '',
  };
  return { ...c.fake, api };
}

/** What an LMS hands the next launch: committed data, entry = resume when the learner left with exit = suspend. */
export function relaunchData(fake: StrictFakeLms<unknown>, version: Version): Record<string, string> {
  const out = Object.fromEntries(fake.committed);
  const exitKey = version === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
  const entryKey = version === '1.2' ? 'cmi.core.entry' : 'cmi.entry';
  const suspended = out[exitKey] === 'suspend';
  delete out[exitKey];
  delete out[version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time'];
  out[entryKey] = suspended ? 'resume' : '';
  if (!suspended) delete out['cmi.suspend_data'];
  // 1.2 interactions are journaled by the LMS but write-only to content: a new session appends after them.
  return out;
}
