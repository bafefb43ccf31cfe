// Types of the factlint browser package. Written by hand from the Rust output
// types (src/report/mod.rs) and checked against real reports by
// tests/e2e/types.test.mjs (tsc on a file that types a live report).

export type Category = 'claim' | 'repetition' | 'consistency' | 'attribution' | 'clarity' | 'register' | 'source';
export type Severity = 'error' | 'warning' | 'info';

/** Offsets in UTF-16 code units: JavaScript string indices into the checked text. */
export interface Span { start: number; end: number; }

/** Evidence for a finding: another passage of the text, a source passage or a record. */
export interface Related {
  kind: 'text' | 'source' | 'record';
  /** The source's label, for kind 'source'. */
  source?: string;
  span?: Span;
  line?: number;
  column?: number;
  text: string;
  note: string;
}

export interface Finding {
  /** e.g. "repetition/duplicate-sentence" */
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  span: Span;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The flagged passage. */
  text: string;
  related: Related[];
  /** 0..1, for near-duplicates and paraphrases. */
  similarity?: number;
  /** What the text should say, where a rule knows (e.g. a corrected figure). */
  expected?: string;
  /** Findings about the same thing share a group number. */
  group?: number;
}

export interface Stats {
  paragraphs: number;
  sentences: number;
  words: number;
  /** Length of the text in UTF-16 code units. */
  length: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** A passage of the text (or of a source) as the report gives it. */
export interface Passage { span: Span; line: number; column: number; text: string; }

/** Who's who (#4): a person or organisation with every description the text gives them. */
export interface Entity {
  name: string;
  kind: 'person' | 'organisation';
  mentions: Passage[];
  roles: EntityRole[];
  acronym?: { acronym: string; expansion: string; definition: Passage };
  /** The register's name for this person, when the register check matched them. */
  registerName?: string;
}

export interface EntityRole {
  /** The role phrase: "a former education minister for the Conservative Party". */
  phrase: Passage;
  /** The mention of the person it is attached to. */
  mention: Passage;
  /** How it is attached: "title", "appositive", "relative", "copula", … */
  pattern: string;
  /** "former", "then", "acting", "shadow", "deputy", "outgoing", "incoming", … */
  qualifiers: string[];
  party?: string;
  house?: string;
  /** Normalised office: "education minister", "foreign secretary". */
  office?: string;
  current: boolean;
  singularOffice: boolean;
}

export type ClaimType = 'quantity' | 'date' | 'attribution' | 'quote' | 'role' | 'prediction' | 'causation' | 'comparison' | 'law' | 'legal';

/** A sentence that makes a claim (#6). */
export interface Claim extends Passage {
  sentenceNumber: number;
  types: ClaimType[];
  /** Check-worthiness in [0, 1]. */
  score: number;
  checkworthy: boolean;
  parts: ClaimPart[];
}

export interface ClaimPart extends Passage {
  type: ClaimType;
  /** A quantity's normalised value, an attribution's source, a quote's speaker, a resolved date. */
  value?: string;
  /** For dates resolved against the publication date (`date` option). */
  resolved?: { label: string; start: string; end: string; approximate: boolean };
}

/** How one sentence of the text stands against the sources (#7). */
export interface Alignment extends Passage {
  /** Index of the sentence in the text, from 0 (claims' `sentenceNumber` counts from 1). */
  sentence: number;
  status: 'supported' | 'changed' | 'unsupported';
  /** Share of the sentence's content words the aligned source sentences carry. */
  score: number;
  sources: (Passage & { source: string; index: number })[];
}

export interface Report {
  version: string;
  findings: Finding[];
  stats: Stats;
  entities?: Entity[];
  claims?: Claim[];
  alignment?: Alignment[];
}

/** A register loaded into the core: its label and how many people and roles it holds. */
export interface RegisterInfo { label: string; people: number; roles: number; }

/** A text to compare against (the press release, the interview transcript). */
export interface SourceText { label: string; text: string; [field: string]: unknown; }

/** Options of one analysis (camelCase, as in the Rust `Options`). */
export interface AnalyzeOptions {
  /** Rule ids ("repetition/duplicate-sentence") or families ("repetition") to skip. */
  disable?: string[];
  /** Reference date for relative dates, ISO "YYYY-MM-DD". */
  date?: string;
  sources?: SourceText[];
  [option: string]: unknown;
}

export interface RuleInfo { id: string; category: Category; severity: Severity; summary: string; }

export interface ProgressDetail {
  type: 'progress';
  id: number;
  phase: 'start' | 'analyse' | 'done';
  /** Text length in UTF-16 code units. */
  length: number;
  /** With 'analyse': expected duration from the throughput of earlier runs. */
  estimateMs?: number;
  /** With 'done': how long the analysis took. */
  elapsedMs?: number;
}

export interface CheckerOptions {
  /** URL of worker.js; needed when this package is bundled (import.meta.url moves). */
  workerUrl?: string | URL;
  /** URL of factlint_bg.wasm, if not next to ../pkg/factlint.js. */
  wasmUrl?: string | URL;
  /** Options merged into every check. */
  analyze?: AnalyzeOptions;
}

export interface Checker {
  /** Resolves once the worker has loaded the wasm. */
  readonly ready: Promise<{ version: string; rules: RuleInfo[]; registers: boolean }>;
  /** Analyses in the worker. A newer check with the same key, sent while this
   * one still waits, rejects this one with a SupersededError. */
  check(text: string, options?: AnalyzeOptions, queue?: { key?: string }): Promise<Report>;
  /** Whether the core can load registers (known once `ready` resolved). */
  readonly supportsRegisters: boolean;
  /** Adds or replaces a register in the worker's core; rejects with the line and field of a malformed file. */
  loadRegister(label: string, format: 'json' | 'csv', content: string | object): Promise<RegisterInfo>;
  clearRegister(label?: string): Promise<void>;
  listRegisters(): Promise<RegisterInfo[]>;
  /** Loads a register (object, JSON or CSV text) once under the label 'setRegister'; null removes it. */
  setRegister(register: unknown): Promise<unknown>;
  setSources(sources: SourceText[] | undefined): void;
  onProgress(listener: (detail: ProgressDetail) => void): () => void;
  addEventListener(type: 'progress', listener: (event: CustomEvent<ProgressDetail>) => void): void;
  removeEventListener(type: 'progress', listener: (event: CustomEvent<ProgressDetail>) => void): void;
  dispose(): void;
}

export function createChecker(options?: CheckerOptions): Checker;

export class SupersededError extends Error { readonly name: 'SupersededError'; readonly id: number; }
export function isSuperseded(error: unknown): error is SupersededError;

export interface SyncChecker {
  readonly version: string;
  readonly rules: RuleInfo[];
  check(text: string, options?: AnalyzeOptions): Report;
  readonly supportsRegisters: boolean;
  loadRegister(label: string, format: 'json' | 'csv', content: string | object): RegisterInfo;
  clearRegister(label?: string): void;
  listRegisters(): RegisterInfo[];
  setRegister(register: unknown): unknown;
  setSources(sources: SourceText[] | undefined): void;
  dispose(): void;
}

/** In-thread checker (from "factlint/sync"). In Node the wasm is read with fs. */
export function createSyncChecker(options?: { wasm?: BufferSource | string | URL; analyze?: AnalyzeOptions }): Promise<SyncChecker>;

export interface AttachOptions {
  checker: Checker;
  /** Pause after typing before a check, in ms (default 250). */
  delay?: number;
  /** Name of this text's ignore list in localStorage (default: page path + element id). */
  ignoreName?: string;
  panel?: FactlintPanel;
  checkOptions?: AnalyzeOptions;
}

export interface FindingsDetail { findings: Finding[]; report: Report | null; text: string; reason: 'edit' | 'report' | 'ignore'; }

export class Annotator extends EventTarget {
  /** The visible findings (not ignored), by position, on the current text. */
  readonly findings: Finding[];
  readonly report: Report | null;
  readonly text: string;
  next(): Finding | null;
  previous(): Finding | null;
  goTo(target: number | Finding): Finding | null;
  ignore(finding?: Finding): void;
  clearIgnored(): void;
  checkNow(): Promise<void>;
  /** Selects a span of the last report (claim, mention, role) in the editor,
   * moved across later edits; null when an edit removed that passage. */
  selectSpan(span: Span): Span | null;
  destroy(): void;
}

/** Live underlines, card, keyboard navigation and ignore for a textarea or contenteditable. */
export function attach(element: HTMLTextAreaElement | HTMLElement, options: AttachOptions): Annotator;

export type PanelView = 'findings' | 'claims' | 'people';

/** Detail of the panel's bubbling `factlint-select` event. */
export interface PanelSelectDetail {
  /** For a finding: the finding; for the other entries: the span selected. */
  finding?: Finding;
  span?: Span;
  claim?: Claim;
  part?: ClaimPart;
  entity?: Entity;
  role?: EntityRole;
  mention?: Passage;
}

/** <factlint-panel>: Findings | Claims | Who's who views of one editor's report. */
export class FactlintPanel extends HTMLElement {
  /** Follows an Annotator: its findings and (with each report) its claims and entities. */
  connect(annotator: Annotator): void;
  /** Findings only (the Claims and Who's who views keep the last report). */
  setFindings(findings: Finding[]): void;
  /** A whole report; `findings` defaults to `report.findings`. */
  setReport(report: Report | null, findings?: Finding[]): void;
  showView(view: PanelView, options?: { focus?: boolean }): void;
  readonly view: PanelView;
}
/** Registers the custom element (default tag factlint-panel). */
export function definePanel(tag?: string): CustomElementConstructor;

export function toJSON(report: Report): string;
export function toMarkdown(report: Report, options?: { title?: string }): string;
export function toCSV(report: Report): string;
export function downloadReport(report: Report, format?: 'json' | 'markdown' | 'csv', basename?: string): void;

export const CATEGORIES: Record<Category, { label: string; badge: string; order: number }>;
export function ignoreKey(finding: Pick<Finding, 'rule' | 'text'>): string;
export function clearAllIgnored(storage?: Storage): void;
export function shiftFindings(findings: Finding[], before: string, after: string): Finding[];
export class IgnoreStore {
  constructor(name: string, storage?: Storage);
  has(finding: Pick<Finding, 'rule' | 'text'>): boolean;
  add(finding: Pick<Finding, 'rule' | 'text'>): void;
  clear(): void;
  readonly size: number;
}
