// createChecker(): the wasm core in a module Web Worker, behind a promise API.
//
// Requests are numbered. At most one request is in the worker at a time;
// others wait in a queue with one slot per key (check(text, options, { key })),
// and a newer check() with the same key replaces the one waiting in its slot
// (latest wins): the replaced promise rejects with a SupersededError. So an
// editor that checks on every keystroke only pays for the text the user has
// now, while several editors sharing one checker (one key each) never drop
// each other's requests. Slots are served in the order they were filled.

export class SupersededError extends Error {
  constructor(id) {
    super(`check #${id} was superseded by a newer one`);
    this.name = 'SupersededError';
    this.id = id;
  }
}

export const isSuperseded = (error) => error?.name === 'SupersededError';

export function createChecker(options = {}) {
  const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  const wasmUrl = options.wasmUrl ? String(options.wasmUrl) : undefined;
  const worker = new Worker(workerUrl, { type: 'module', name: 'factlint' });
  const events = new EventTarget();
  let nextId = 1;
  let running = null; // { id, resolve, reject }
  const waiting = new Map(); // key -> { id, text, options, resolve, reject }, in insertion order
  let sources;
  const controls = new Map(); // id -> { resolve, reject } for register operations
  let supportsRegisters = false;
  let disposed = false;
  let failure = null;

  let readyResolve;
  let readyReject;
  const ready = new Promise((resolve, reject) => { readyResolve = resolve; readyReject = reject; });
  ready.catch(() => {}); // surfaced through check() as well; avoid an unhandled rejection

  worker.onmessage = ({ data }) => {
    if (data.type === 'ready') {
      supportsRegisters = Boolean(data.registers);
      return readyResolve({ version: data.version, rules: data.rules, registers: supportsRegisters });
    }
    if (data.type === 'control' || data.type === 'control-error') {
      const pending = controls.get(data.id);
      controls.delete(data.id);
      if (data.type === 'control') pending?.resolve(data.value);
      else pending?.reject(new Error(data.message));
      return;
    }
    if (data.type === 'progress') {
      events.dispatchEvent(new CustomEvent('progress', { detail: data }));
      return;
    }
    if (!running || data.id !== running.id) return;
    const done = running;
    running = null;
    if (data.type === 'result') done.resolve(data.report);
    else done.reject(new Error(data.message));
    sendNext();
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    fail(new Error(`factlint worker failed: ${event.message || 'could not start'}`));
  };
  worker.postMessage({ type: 'init', id: 0, wasmUrl });

  function fail(error) {
    failure = error;
    readyReject(error);
    rejectAll(error);
  }

  function rejectAll(error) {
    running?.reject(error);
    for (const request of waiting.values()) request.reject(error);
    running = null;
    waiting.clear();
    for (const pending of controls.values()) pending.reject(error);
    controls.clear();
  }

  /** Posts a register operation straight to the worker (it runs between checks, in order). */
  function control(op, fields = {}) {
    if (disposed) return Promise.reject(new Error('this checker was disposed'));
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      controls.set(id, { resolve, reject });
      worker.postMessage({ type: 'register', op, id, wasmUrl, ...fields });
    });
  }

  function sendNext() {
    if (running || !waiting.size || disposed) return;
    const [key, request] = waiting.entries().next().value;
    waiting.delete(key);
    running = request;
    worker.postMessage({ type: 'check', id: running.id, text: running.text, options: running.options, wasmUrl });
  }

  function withStoredOptions(callOptions) {
    const merged = { ...(options.analyze ?? {}), ...(callOptions ?? {}) };
    if (sources !== undefined && merged.sources === undefined) merged.sources = sources;
    return merged;
  }

  return {
    ready,
    check(text, callOptions, { key = 'default' } = {}) {
      if (disposed) return Promise.reject(new Error('this checker was disposed'));
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const older = waiting.get(key);
        if (older) older.reject(new SupersededError(older.id));
        waiting.delete(key); // the newer request queues behind the others
        waiting.set(key, { id, text: String(text ?? ''), options: withStoredOptions(callOptions), resolve, reject });
        sendNext();
      });
    },
    /** Whether the core can load registers (resolves with `ready`). */
    get supportsRegisters() { return supportsRegisters; },
    /** Adds or replaces the register `label` (format 'json' or 'csv'; content a string or, for JSON, an object).
     * Resolves to { label, people, roles }; rejects with the core's message (line and field) for a malformed file,
     * and whatever was loaded before stays loaded. */
    loadRegister: (label, format, content) => control('load', { label, format, content }),
    /** Removes the register `label`, or every register when no label is given. */
    clearRegister: (label) => control('clear', label === undefined ? {} : { label }),
    /** [{ label, people, roles }] of the registers loaded now. */
    listRegisters: () => control('list'),
    /** Loads `value` (a register object, JSON text or CSV text) once as the register labelled 'setRegister',
     * for every later check; null removes it. Kept for compatibility: prefer loadRegister(). */
    setRegister(value) {
      if (value === null || value === undefined) return control('clear', { label: 'setRegister' });
      const format = typeof value === 'string' && !/^\s*[[{]/.test(value) ? 'csv' : 'json';
      return control('load', { label: 'setRegister', format, content: value });
    },
    setSources(value) { sources = value ?? undefined; },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    onProgress(listener) {
      const handler = (event) => listener(event.detail);
      events.addEventListener('progress', handler);
      return () => events.removeEventListener('progress', handler);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      worker.terminate();
      rejectAll(new Error('this checker was disposed'));
    },
  };
}
