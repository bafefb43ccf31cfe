// The one door to the analysis core. Today it runs the wasm core on the main
// thread; the page only ever awaits `check()`, so a Web Worker can take over
// behind the same interface (issue #8) without touching the page.
import init, { analyze, version, rules } from '../pkg/factlint.js';

/**
 * Loads the wasm core once and returns a checker:
 *   check(text, options?) -> Promise<Report>   (throws an Error with a readable message)
 *   version: string, rules: Rule[], dispose()
 * `wasmUrl` overrides where the .wasm file is fetched from (default: next to factlint.js).
 */
export async function createChecker({ wasmUrl } = {}) {
  await init(wasmUrl === undefined ? undefined : { module_or_path: wasmUrl });
  return {
    version: version(),
    rules: rules(),
    async check(text, options = {}) {
      return analyze(text, options);
    },
    dispose() {},
  };
}
