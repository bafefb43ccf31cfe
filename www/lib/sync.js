// createSyncChecker(): the same core on the calling thread, for Node, tests
// and scripts. Loading the wasm is asynchronous (so this function returns a
// promise); check() itself is synchronous.
//   Node:    const checker = await createSyncChecker();            // reads ../pkg/factlint_bg.wasm with fs
//   Browser: const checker = await createSyncChecker({ wasm: url }); // blocks the thread it runs on
import init, * as core from '../pkg/factlint.js';

const { analyze, version, rules } = core;

const WASM_FILE = new URL('../pkg/factlint_bg.wasm', import.meta.url);

export async function createSyncChecker(options = {}) {
  let wasm = options.wasm;
  if (wasm === undefined && typeof process !== 'undefined' && process.versions?.node) {
    const { readFile } = await import('node:fs/promises');
    wasm = await readFile(WASM_FILE);
  }
  await init({ module_or_path: wasm ?? WASM_FILE });
  let sources;
  const registers = () => {
    if (typeof core.registerLoad !== 'function') throw new Error('this build of the factlint core has no register support');
    return core;
  };
  return {
    version: version(),
    rules: rules(),
    check(text, callOptions) {
      const merged = { ...(options.analyze ?? {}), ...(callOptions ?? {}) };
      if (sources !== undefined && merged.sources === undefined) merged.sources = sources;
      return analyze(String(text ?? ''), merged);
    },
    supportsRegisters: typeof core.registerLoad === 'function',
    loadRegister: (label, format, content) =>
      registers().registerLoad(String(label), format, content),
    clearRegister: (label) => (label === undefined ? registers().registerClear() : registers().registerClear(String(label))),
    listRegisters: () => registers().registerList(),
    /** Loads `value` once as the register labelled 'setRegister' (null removes it). */
    setRegister(value) {
      if (value === null || value === undefined) return registers().registerClear('setRegister');
      const format = typeof value === 'string' && !/^\s*[[{]/.test(value) ? 'csv' : 'json';
      return registers().registerLoad('setRegister', format, value);
    },
    setSources(value) { sources = value ?? undefined; },
    dispose() {},
  };
}
