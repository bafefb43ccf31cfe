// factlint for the browser. Everything here is side-effect free: import what
// you use. The wasm core (../pkg/) is loaded by the worker, once.
export { createChecker, SupersededError, isSuperseded } from './worker-checker.js';
export { attach } from './attach.js';
export { Annotator } from './annotator.js';
export { FactlintPanel, definePanel } from './panel-element.js';
export { toJSON, toMarkdown, toCSV, downloadReport } from './export.js';
export { CATEGORIES, IgnoreStore, clearAllIgnored, ignoreKey, shiftFindings } from './core.js';
