// The module Web Worker that owns the wasm core. The main thread never runs
// analysis: it posts {type:'check', id, text, options} and gets back
// {type:'result', id, report} or {type:'error', id, message}, plus
// {type:'progress', id, phase, ...} events around the analysis phases.
//
// Progress is reported per phase, not per paragraph batch: the checks compare
// sentences across the whole text (a repeat in paragraph 900 of paragraph 3),
// so analysing batches separately would miss findings, and merging batch
// results correctly would mean re-implementing the core in JavaScript. Instead
// the worker reports 'start', 'analyse' (with an estimate in ms from the
// throughput of earlier runs, so a page can animate a bar) and 'done'.
//
// Registers (#5) live in the core, not in each check's options: the page
// posts {type:'register', id, op:'load'|'clear'|'list', ...} once and gets
// {type:'control', id, value} or {type:'control-error', id, message}. The
// wasm functions are looked up on the module, so an older core without them
// still runs (the 'ready' message says whether registers are supported).
import init, * as core from '../pkg/factlint.js';

const { analyze, version, rules } = core;
const registersSupported = () => typeof core.registerLoad === 'function';

function registerOp(message) {
  if (!registersSupported()) throw new Error('this build of the factlint core has no register support');
  // A JSON file's text goes to the core as it is: the core reads it once, and says where a
  // syntax error is (line and column) as it names a malformed field.
  if (message.op === 'load') return core.registerLoad(String(message.label), message.format, message.content);
  if (message.op === 'clear') return message.label === undefined ? core.registerClear() : core.registerClear(String(message.label));
  if (message.op === 'list') return core.registerList();
  throw new Error(`unknown register operation ${message.op}`);
}

let ready = null;
let charsPerMs = 1500; // first guess; replaced by the measured throughput after each run

function ensureReady(wasmUrl) {
  ready ??= init(wasmUrl ? { module_or_path: wasmUrl } : undefined);
  return ready;
}

self.onmessage = async (event) => {
  const message = event.data ?? {};
  const { id } = message;
  try {
    if (message.type === 'init') {
      await ensureReady(message.wasmUrl);
      self.postMessage({ type: 'ready', id, version: version(), rules: rules(), registers: registersSupported() });
      return;
    }
    if (message.type === 'register') {
      await ensureReady(message.wasmUrl);
      try {
        self.postMessage({ type: 'control', id, value: registerOp(message) ?? null });
      } catch (error) {
        self.postMessage({ type: 'control-error', id, message: String(error?.message ?? error) });
      }
      return;
    }
    if (message.type !== 'check') return;
    const text = String(message.text ?? '');
    self.postMessage({ type: 'progress', id, phase: 'start', length: text.length });
    await ensureReady(message.wasmUrl);
    self.postMessage({
      type: 'progress', id, phase: 'analyse', length: text.length,
      estimateMs: Math.round(text.length / charsPerMs),
    });
    const started = performance.now();
    const report = analyze(text, message.options ?? {});
    const elapsed = performance.now() - started;
    if (text.length > 10_000 && elapsed > 1) charsPerMs = text.length / elapsed;
    self.postMessage({ type: 'progress', id, phase: 'done', length: text.length, elapsedMs: Math.round(elapsed) });
    self.postMessage({ type: 'result', id, report });
  } catch (error) {
    self.postMessage({ type: 'error', id, message: String(error?.message ?? error) });
  }
};
