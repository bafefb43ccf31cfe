// createSyncChecker(): the same core on the calling thread, for Node, tests
// and scripts. Loading the wasm is asynchronous (so this function returns a
// promise); check() itself is synchronous.
//   Node:    const checker = await createSyncChecker();            // reads ../pkg/factlint_bg.wasm with fs
//   Browser: const checker = await createSyncChecker({ wasm: url }); // blocks the thread it runs on
import init, { analyze, version, rules } from '../pkg/factlint.js';

const WASM_FILE = new URL('../pkg/factlint_bg.wasm', import.meta.url);

export async function createSyncChecker(options = {}) {
  let wasm = options.wasm;
  if (wasm === undefined && typeof process !== 'undefined' && process.versions?.node) {
    const { readFile } = await import('node:fs/promises');
    wasm = await readFile(WASM_FILE);
  }
  await init({ module_or_path: wasm ?? WASM_FILE });
  let register;
  let sources;
  return {
    version: version(),
    rules: rules(),
    check(text, callOptions) {
      const merged = { ...(options.analyze ?? {}), ...(callOptions ?? {}) };
      if (sources !== undefined && merged.sources === undefined) merged.sources = sources;
      if (register !== undefined && merged.register === undefined) merged.register = register;
      return analyze(String(text ?? ''), merged);
    },
    setRegister(value) { register = value ?? undefined; },
    setSources(value) { sources = value ?? undefined; },
    dispose() {},
  };
}
