// In-browser benchmark: median milliseconds per analysis of each input.
// scripts/bench-browser.mjs calls window.factlintBench(inputs) headless.
import init, { analyze, registerLoad, version } from './pkg/factlint.js';

await init();

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The page's built-in register, loaded as the page loads it (it stays loaded for later inputs). */
async function loadBuiltInRegister() {
  const response = await fetch('data/register.json');
  registerLoad('built-in', 'json', await response.text());
}

/** inputs: [{ name, text, iterations, register }] → [{ name, bytes, medianMs, runs }]. From the
 * first input with `register: true` on, analyses run with the built-in register, as in the page. */
window.factlintBench = async (inputs) => {
  const results = [];
  let registerLoaded = false;
  for (const { name, text, iterations, register } of inputs) {
    if (register && !registerLoaded) {
      await loadBuiltInRegister();
      registerLoaded = true;
    }
    analyze(text); // warm-up: first-call costs (allocation growth) are not the steady state
    const times = [];
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      analyze(text);
      times.push(performance.now() - start);
      if (i % 10 === 9) await new Promise((r) => setTimeout(r)); // let the page breathe
    }
    results.push({ name, bytes: new TextEncoder().encode(text).length, medianMs: median(times), runs: iterations });
  }
  return results;
};

window.factlintLoadRegister = loadBuiltInRegister;
document.getElementById('out').textContent = `factlint ${version()} ready`;
window.factlintBenchReady = true;
