// The page's door to the analysis core: the worker-backed checker of the
// embeddable package (worker-checker.js), awaited until the core is ready,
// so typing never waits for an analysis.
import { createChecker as createWorkerChecker } from './worker-checker.js';

/**
 * Starts the wasm core in a Web Worker and returns, once it is ready:
 *   check(text, options?) -> Promise<Report>   (a newer check supersedes a queued one)
 *   version: string, rules: Rule[], onProgress(listener), dispose()
 *   registers: boolean (whether the core can load registers),
 *   loadRegister(label, format, content), clearRegister(label?), listRegisters()
 */
export async function createChecker(options = {}) {
  const worker = createWorkerChecker(options);
  const { version, rules, registers } = await worker.ready;
  return {
    version,
    rules,
    registers,
    loadRegister: (label, format, content) => worker.loadRegister(label, format, content),
    clearRegister: (label) => worker.clearRegister(label),
    listRegisters: () => worker.listRegisters(),
    check: (text, checkOptions) => worker.check(text, checkOptions),
    onProgress: (listener) => worker.onProgress(listener),
    dispose: () => worker.dispose(),
  };
}
