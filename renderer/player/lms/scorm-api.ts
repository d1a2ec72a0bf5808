/** The SCORM 1.2 API object (RTE 3.3) as an LMS exposes it on `window.API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

/** The SCORM 2004 API object (RTE 3.1) as an LMS exposes it on `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
  GetDiagnostic(code: string): unknown;
}

/** Version-neutral view of the five calls the adapters make; every call is guarded (an LMS may throw). */
export interface ScormCalls {
  initialize(): boolean;
  terminate(): boolean;
  getValue(element: string): string;
  setValue(element: string, value: string): boolean;
  commit(): boolean;
  lastError(): string;
}

/** LMSs return "true"/"false" strings (some return booleans). */
const ok = (v: unknown): boolean => v === true || v === 'true';

function guard<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export function scorm12Calls(api: Scorm12Api): ScormCalls {
  return {
    initialize: () => guard(() => ok(api.LMSInitialize('')), false),
    terminate: () => guard(() => ok(api.LMSFinish('')), false),
    getValue: (el) => guard(() => String(api.LMSGetValue(el) ?? ''), ''),
    setValue: (el, v) => guard(() => ok(api.LMSSetValue(el, v)), false),
    commit: () => guard(() => ok(api.LMSCommit('')), false),
    lastError: () => guard(() => String(api.LMSGetLastError() ?? '0'), '0'),
  };
}

export function scorm2004Calls(api: Scorm2004Api): ScormCalls {
  return {
    initialize: () => guard(() => ok(api.Initialize('')), false),
    terminate: () => guard(() => ok(api.Terminate('')), false),
    getValue: (el) => guard(() => String(api.GetValue(el) ?? ''), ''),
    setValue: (el, v) => guard(() => ok(api.SetValue(el, v)), false),
    commit: () => guard(() => ok(api.Commit('')), false),
    lastError: () => guard(() => String(api.GetLastError() ?? '0'), '0'),
  };
}

export function isScorm12Api(v: unknown): v is Scorm12Api {
  const o = v as Partial<Record<keyof Scorm12Api, unknown>> | null;
  return (
    !!o &&
    typeof o.LMSInitialize === 'function' &&
    typeof o.LMSSetValue === 'function' &&
    typeof o.LMSFinish === 'function'
  );
}

export function isScorm2004Api(v: unknown): v is Scorm2004Api {
  const o = v as Partial<Record<keyof Scorm2004Api, unknown>> | null;
  return (
    !!o && typeof o.Initialize === 'function' && typeof o.SetValue === 'function' && typeof o.Terminate === 'function'
  );
}
