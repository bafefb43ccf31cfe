// The factlint page: a textarea checked as you type, findings highlighted in
// place and listed by category. All analysis goes through lib/checker.js;
// all DOM is built from text nodes (lib/dom.js), never from HTML strings.
import { createChecker } from './lib/checker.js';
import { createOverlay } from './lib/overlay.js';
import { diffRegion, shiftSpan } from './lib/edits.js';
import { renderPanel, showActive, categoryName, categoryKey } from './lib/panel.js';
import { h } from './lib/dom.js';
import { downloadReport } from './lib/export.js';
import { renderClaims, renderPeople, renderAlignment, STATUS } from './views.js';
import { CREDITS } from './credits.js';

/** Quiet time after the last keystroke before the text is checked again. */
const CHECK_DELAY_MS = 150;
const EXAMPLE_URL = 'demo/seed-article.txt';
/** The built-in register: fetched once, from this origin, only while the register check is on. */
const REGISTER_URL = 'data/register.json';
/** Sources are read again with every check (about a second per 2 million characters in the worker
 * here, 50 MB natively in 6 s); beyond this many in all the page stops comparing them and says so. */
const MAX_SOURCE_CHARACTERS = 5_000_000;
/** The largest register file the page loads (see loadRegisterFile); the built-in one is 1 MB. */
const MAX_REGISTER_BYTES = 10_000_000;
const BUILT_IN = 'built-in';
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
const rank = (finding) => SEVERITY_RANK[finding.severity] ?? 3;

const textarea = document.getElementById('text');
const overlay = createOverlay(textarea, document.getElementById('mirror'));
const panel = document.getElementById('panel');
const summary = document.getElementById('summary');
const textStats = document.getElementById('text-stats');
const claimsPanel = document.getElementById('claims-panel');
const peoplePanel = document.getElementById('people-panel');
const sourcesPanel = document.getElementById('sources-panel');
const dateInput = document.getElementById('pub-date');
const showClaimsBox = document.getElementById('show-claims');
const registerBox = document.getElementById('use-register');
const gutter = document.getElementById('gutter');
const gutterTrack = document.getElementById('gutter-track');

const state = {
  /** The text the marks below refer to (the textarea's value after the last input). */
  text: '',
  /** Findings of the last report, each with `id`, and `place` / `evidence` spans kept current across edits. */
  findings: [],
  activeId: null,
  hoverId: null,
  /** Panel list items by finding id. */
  items: new Map(),
  /** Categories the reader folded away; kept across reports. */
  collapsed: new Set(),
  checkTimer: 0,
  /** Numbers each check; a result is used only if no newer check started. */
  checkSeq: 0,
  reports: 0,
  /** The last report as the core gave it (for export and the other views). */
  report: null,
  /** Claim sentences of the last report, with `place` and each part's `place` kept current across edits. */
  claims: [],
  claimOrder: 'score',
  activeClaim: null,
  /** Sentence alignment with the sources (report.alignment), with `place` kept current. */
  alignment: null,
  activeAlignment: null,
  /** Pasted source texts: { id, label, text }, in memory only. */
  sources: [],
  nextSourceId: 1,
  /** Registers loaded into the core: { label, people, roles } (the built-in one included). */
  registers: [],
  /** The built-in register's text once fetched (kept so switching the check off and on costs no request). */
  builtInRegister: null,
  view: 'findings',
  /** Ids of the findings whose evidence marks the mirror holds (see renderMarks). */
  evidenceShown: '',
  /** A passage chosen in the Who's who view, lit until the next report or edit. */
  picked: null,
};

let checker;

// ---- checking -------------------------------------------------------------

function scheduleCheck() {
  clearTimeout(state.checkTimer);
  state.checkTimer = setTimeout(runCheck, CHECK_DELAY_MS);
}

async function runCheck() {
  const seq = ++state.checkSeq;
  const text = textarea.value;
  const started = performance.now();
  let report;
  try {
    report = await checker.check(text, checkOptions());
  } catch (error) {
    if (seq !== state.checkSeq) return;
    summary.textContent = `The check failed: ${error.message}`;
    summary.classList.add('failed');
    console.error('factlint: analysis failed', error);
    return;
  }
  // A newer check has started, or the text changed while this one ran.
  if (seq !== state.checkSeq || text !== textarea.value) return;
  applyReport(report, text, performance.now() - started);
}

/** The options sent with each check: the publication date, the register switch and the sources. */
function checkOptions() {
  const options = {};
  if (dateInput.value) options.date = dateInput.value;
  if (!registerBox.checked) options.disable = ['register'];
  const sources = activeSources();
  // Only when there are some: a core without source support rejects the key.
  if (sources.length) options.sources = sources;
  return options;
}

/** The sources compared with the text: none while they are over the page's limit (the notice says so). */
function activeSources() {
  const sources = pastedSources();
  const characters = sources.reduce((sum, source) => sum + source.text.length, 0);
  const over = characters > MAX_SOURCE_CHARACTERS;
  document.getElementById('source-limit').textContent = over
    ? `The sources hold ${(characters / 1e6).toFixed(1)} million characters; the page compares up to ` +
      `${MAX_SOURCE_CHARACTERS / 1e6} million, so they are not compared now. Shorten them, or use the command line: ` +
      'factlint check --source FILE.'
    : '';
  return over ? [] : sources;
}

function pastedSources() {
  return state.sources
    .filter((source) => source.text.trim())
    .map((source, index) => ({ label: source.label.trim() || `Source ${index + 1}`, text: source.text }));
}

function applyReport(report, text, elapsedMs) {
  const previous = findingById(state.activeId);
  state.text = text;
  state.report = report;
  state.reportText = text;
  state.picked = null;
  const previousClaim = state.claims[state.activeClaim];
  state.claims = (report.claims ?? []).map((claim) => ({
    ...claim,
    place: { ...claim.span },
    parts: claim.parts.map((part) => ({ ...part, place: { ...part.span } })),
  }));
  const sameClaim = previousClaim ? state.claims.findIndex((c) => c.text === previousClaim.text) : -1;
  state.activeClaim = sameClaim >= 0 ? sameClaim : null;
  const previousAlignment = state.alignment?.[state.activeAlignment];
  state.alignment = report.alignment ? report.alignment.map((entry) => ({ ...entry, place: { ...entry.span } })) : null;
  const sameAlignment = previousAlignment && state.alignment ? state.alignment.findIndex((a) => a.text === previousAlignment.text) : -1;
  state.activeAlignment = sameAlignment >= 0 ? sameAlignment : null;
  state.findings = report.findings
    .map((finding, index) => ({
      ...finding,
      id: `f${index}`,
      place: { ...finding.span },
      related: finding.related ?? [],
      evidence: (finding.related ?? []).map((r) => (r.kind === 'text' && r.span ? { ...r.span } : null)),
    }))
    // Highlight priority: errors over warnings over notes, then the
    // shorter passage, so a flagged phrase stays visible inside a flagged sentence.
    .sort((a, b) => rank(a) - rank(b) || a.place.end - a.place.start - (b.place.end - b.place.start));
  // Keep the reader's selection if the same finding is still there.
  const same = previous && state.findings.find((f) => f.rule === previous.rule && f.place.start === previous.place?.start && f.place.end === previous.place?.end);
  state.activeId = same ? same.id : null;
  state.hoverId = null;

  const inTextOrder = [...state.findings].sort((a, b) => a.place.start - b.place.start || a.place.end - b.place.end);
  state.items = renderPanel(panel, inTextOrder, {
    collapsed: state.collapsed,
    checkedCategories: [...new Set(checker.rules.map((rule) => rule.category))],
    onSelect: (id) => selectFinding(id),
    onShowEvidence: (id, index) => showEvidence(id, index),
    onHover: (id) => setHover(id),
  });
  renderViews();
  renderMarks();
  showSummary(report, elapsedMs);
  state.reports += 1;
  document.body.dataset.state = 'ready';
  document.body.dataset.reports = String(state.reports);
  document.body.dataset.pending = 'false';
}

function showSummary(report, elapsedMs) {
  const { stats } = report;
  const count = report.findings.length;
  const bySeverity = (severity) => report.findings.filter((f) => f.severity === severity).length;
  summary.classList.remove('failed');
  summary.replaceChildren(
    h('strong', {}, `${count} ${count === 1 ? 'finding' : 'findings'}`),
    count ? ` (${[plural(bySeverity('error'), 'error'), plural(bySeverity('warning'), 'warning'), plural(bySeverity('info'), 'note')].filter(Boolean).join(', ')})` : '',
  );
  summary.title = `Checked in ${elapsedMs.toFixed(1)} ms`;
  textStats.textContent = `${plural(stats.words, 'word') || '0 words'} · ${plural(stats.sentences, 'sentence') || '0 sentences'}`;
}

function plural(n, word) {
  return n ? `${n} ${word}${n === 1 ? '' : 's'}` : '';
}

// ---- marks and selection state --------------------------------------------

function findingById(id) {
  return state.findings.find((f) => f.id === id) ?? null;
}

function renderMarks() {
  const marks = [];
  for (const finding of state.findings) {
    if (finding.place) {
      marks.push({ ...finding.place, id: finding.id, className: `cat-${finding.category} sev-${finding.severity}` });
    }
  }
  // Claim highlights (the "Show claims" switch): after the findings, so a
  // finding on the same words wins, and drawn lighter (see .claim-mark).
  if (showClaimsBox.checked) {
    state.claims.forEach((claim, index) => {
      claim.parts.forEach((part, partIndex) => {
        if (part.place) marks.push({ ...part.place, id: `c${index}-p${partIndex}`, className: `claim-mark type-${part.type}` });
      });
    });
  }
  // Evidence passages get quiet marks, only while their finding is selected or
  // hovered: every mark splits the mirror's text into another inline run, and
  // the glyphs after a run boundary can land a fraction of a pixel away from
  // the textarea's, so the mirror holds no more marks than it shows.
  state.evidenceShown = evidenceKey();
  for (const finding of state.findings) {
    if (finding.id !== state.activeId && finding.id !== state.hoverId) continue;
    finding.evidence.forEach((span, index) => {
      if (span) marks.push({ ...span, id: evidenceId(finding.id, index), className: 'evidence-mark', quiet: true });
    });
  }
  // Aligned sentences: unstyled, lit when chosen; they tell the margin where
  // each sentence sits. (Only with sources: by default the mirror holds findings only.)
  (state.alignment ?? []).forEach((entry, index) => {
    if (entry.place) marks.push({ ...entry.place, id: `a${index}`, className: 'sentence-mark', quiet: true });
  });
  if (state.picked) marks.push({ ...state.picked, id: 'picked', className: 'sentence-mark', quiet: true });
  overlay.render(state.text, marks);
  showStates();
  renderGutter();
}

// ---- the other views ----------------------------------------------------------

function renderViews() {
  renderClaimsView();
  renderPeople(peoplePanel, state.report?.entities, {
    findings: state.report?.findings,
    onSelectSpan: (span) => selectSpan(span, { fromReport: true }),
    // The finding on a description: shown in the Findings view, as if clicked there.
    onSelectFinding: (finding) => {
      const listed = state.findings.find((f) => f.rule === finding.rule && f.span.start === finding.span.start && f.span.end === finding.span.end);
      if (!listed) return;
      showView('findings');
      selectFinding(listed.id);
      scrollPanelTo(state.items.get(listed.id));
    },
  });
  renderSourcesView();
}

function renderClaimsView() {
  renderClaims(claimsPanel, state.claims, {
    order: state.claimOrder,
    hasDate: Boolean(dateInput.value),
    activeIndex: state.activeClaim,
    onOrder: (order) => {
      state.claimOrder = order;
      renderClaimsView();
      document.getElementById('claims-order')?.focus();
    },
    onSelect: (index) => selectClaim(index),
    onSelectPart: (index, partIndex) => {
      selectClaim(index, false);
      const part = state.claims[index]?.parts[partIndex];
      if (part?.place) selectSpan(part.place);
    },
  });
}

function selectClaim(index, select = true) {
  const claim = state.claims[index];
  if (!claim) return;
  state.activeClaim = index;
  for (const item of claimsPanel.querySelectorAll('li.claim')) item.classList.toggle('active', item.dataset.index === String(index));
  if (select && claim.place) selectSpan(claim.place);
}

function renderSourcesView() {
  renderAlignment(sourcesPanel, state.alignment, {
    hasSources: activeSources().length > 0,
    activeIndex: state.activeAlignment,
    onSelect: (index) => selectAlignment(index),
  });
}

function selectAlignment(index, { focusView = false } = {}) {
  const entry = state.alignment?.[index];
  if (!entry) return;
  state.activeAlignment = index;
  renderSourcesView();
  sourcesPanel.scrollTop = 0; // the comparison is at the top of the view
  showStates();
  if (focusView) showView('sources');
  if (entry.place) selectInText(entry.place, `a${index}`);
  for (const bar of gutterTrack.children) bar.setAttribute('aria-pressed', String(bar.dataset.index === String(index)));
}

/** Selects a span from a view (a mention, a role): marks it and scrolls the text to it. */
function selectSpan(span, { fromReport = false } = {}) {
  // Spans straight from the report (Who's who) are only right for the text the report was made from.
  if (!span || span.end > textarea.value.length || (fromReport && textarea.value !== state.reportText)) return;
  state.picked = { ...span };
  renderMarks();
  selectInText(span, 'picked');
}

// ---- the margin: one bar per sentence, coloured by how the sources support it ----

function renderGutter() {
  const entries = state.alignment ?? [];
  gutter.hidden = entries.length === 0;
  document.getElementById('editor').classList.toggle('with-gutter', entries.length > 0);
  if (entries.length === 0) {
    gutterTrack.replaceChildren();
    return;
  }
  const bars = [];
  entries.forEach((entry, index) => {
    const box = overlay.boxOf(`a${index}`);
    if (!box) return;
    const status = STATUS[entry.status] ?? { letter: '?', label: entry.status };
    const bar = h(
      'button',
      {
        type: 'button',
        class: `align-bar status-${entry.status}`,
        'aria-label': `Sentence ${entry.sentence + 1}: ${status.label}. Compare with the source`,
        title: `Sentence ${entry.sentence + 1}: ${status.label}`,
        'aria-pressed': String(index === state.activeAlignment),
        dataset: { index: String(index), status: entry.status },
      },
      h('span', { class: 'bar-letter' }, status.letter),
    );
    // Position through a CSS variable would need inline style; the CSP allows
    // setting style properties from script (not style attributes in markup).
    bar.style.top = `${box.top + 2}px`;
    bar.style.height = `${Math.max(12, box.bottom - box.top - 4)}px`;
    bar.addEventListener('click', () => selectAlignment(index, { focusView: true }));
    bars.push(bar);
  });
  gutterTrack.replaceChildren(...bars);
  syncGutter();
}

function syncGutter() {
  gutterTrack.style.transform = `translateY(${-textarea.scrollTop}px)`;
}

function evidenceId(findingId, index) {
  return `${findingId}-e${index}`;
}

/** The ids to light up with a finding: its evidence, and the other copies of its passage. */
function partnersOf(finding) {
  const ids = finding.evidence.map((span, index) => (span ? evidenceId(finding.id, index) : null)).filter(Boolean);
  if (finding.group !== undefined) {
    for (const other of state.findings) {
      if (other !== finding && other.group === finding.group) ids.push(other.id);
    }
  }
  return ids;
}

/** Which findings' evidence the mirror should hold now. */
function evidenceKey() {
  const shown = [state.activeId, state.hoverId].filter((id) => findingById(id)?.evidence.some(Boolean));
  return shown.join(' ');
}

function showStates() {
  // Selecting or hovering a finding with evidence in the text redraws the marks (see renderMarks).
  if (evidenceKey() !== state.evidenceShown) {
    renderMarks();
    return;
  }
  const classes = new Map();
  const add = (id, name) => classes.set(id, [...(classes.get(id) ?? []), name]);
  for (const [id, role] of [[state.hoverId, 'hover'], [state.activeId, 'active']]) {
    const finding = findingById(id);
    if (!finding) continue;
    add(finding.id, role);
    for (const partner of partnersOf(finding)) add(partner, 'partner');
  }
  if (state.activeAlignment !== null) add(`a${state.activeAlignment}`, 'sentence-active');
  if (state.picked) add('picked', 'sentence-active');
  overlay.setState(classes);
  showActive(state.items, state.activeId);
  // A group row stands for several findings: hovered if any is, stale only if all are.
  const hovered = state.items.get(state.hoverId);
  const placed = new Set([...state.items].filter(([id]) => findingById(id)?.place).map(([, item]) => item));
  for (const item of new Set(state.items.values())) {
    item.classList.toggle('hover', item === hovered);
    item.classList.toggle('stale', !placed.has(item));
  }
}

function setHover(id) {
  if (state.hoverId === id) return;
  state.hoverId = id;
  const finding = findingById(id);
  textarea.title = finding ? `${categoryName(finding.category)}: ${finding.message}` : '';
  showStates();
}

/** Selects a finding: its passage in the textarea, its evidence in the panel. */
function selectFinding(id) {
  const finding = findingById(id);
  if (!finding) return;
  state.activeId = id;
  showStates();
  if (finding.place) selectInText(finding.place, id);
}

function showEvidence(findingId, index) {
  const finding = findingById(findingId);
  const span = finding?.evidence[index];
  if (span) selectInText(span, evidenceId(findingId, index));
}

function selectInText(span, markId) {
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(span.start, span.end, 'forward');
  overlay.reveal(markId);
  // On a narrow screen the panel sits under the text: bring the text back into view.
  const box = textarea.getBoundingClientRect();
  if (box.top < 0 || box.top > window.innerHeight - 80) {
    document.getElementById('editor').scrollIntoView({ block: 'start' });
  }
}

/** A click or arrow key in the text selects the finding under the caret. */
function followCaret() {
  if (textarea.selectionStart !== textarea.selectionEnd) return;
  const caret = textarea.selectionStart;
  const here = state.findings.find((f) => f.place && f.place.start <= caret && caret < f.place.end);
  const id = here ? here.id : null;
  if (id === state.activeId) return;
  state.activeId = id;
  showStates();
  if (here) scrollPanelTo(state.items.get(id));
}

/** Scrolls the panel's own list (not the page) so `item` is visible. */
function scrollPanelTo(item) {
  if (!item || panel.scrollHeight <= panel.clientHeight) return;
  const top = item.offsetTop - panel.offsetTop;
  if (top < panel.scrollTop || top + item.offsetHeight > panel.scrollTop + panel.clientHeight) {
    panel.scrollTop = Math.max(0, top - 12);
  }
}

// ---- input -----------------------------------------------------------------

function onInput() {
  const text = textarea.value;
  const edit = diffRegion(state.text, text);
  state.text = text;
  // Until the next report: marks move with the text, marks the edit touched go.
  for (const finding of state.findings) {
    finding.place = shiftSpan(finding.place, edit);
    finding.evidence = finding.evidence.map((span) => shiftSpan(span, edit));
  }
  for (const claim of state.claims) {
    claim.place = shiftSpan(claim.place, edit);
    for (const part of claim.parts) part.place = shiftSpan(part.place, edit);
  }
  for (const entry of state.alignment ?? []) entry.place = shiftSpan(entry.place, edit);
  state.picked = null;
  renderMarks();
  // Tests and anyone scripting the page can wait for `data-pending="false"`.
  document.body.dataset.pending = 'true';
  scheduleCheck();
}

let hoverFrame = 0;
function onPointerMove(event) {
  if (hoverFrame) return;
  hoverFrame = requestAnimationFrame(() => {
    hoverFrame = 0;
    const ids = overlay.idsAt(event.clientX, event.clientY);
    setHover(ids.find((id) => findingById(id)) ?? null);
  });
}

function replaceText(text) {
  textarea.value = text;
  textarea.setSelectionRange(0, 0);
  textarea.scrollTop = 0;
  onInput();
}

async function loadExample() {
  try {
    const response = await fetch(EXAMPLE_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    console.warn('factlint: could not load the example text', error);
    return '';
  }
}

// ---- views (tabs) ---------------------------------------------------------------

const VIEWS = {
  findings: { tab: 'tab-findings', panel: panel },
  claims: { tab: 'tab-claims', panel: claimsPanel },
  people: { tab: 'tab-people', panel: peoplePanel },
  sources: { tab: 'tab-sources', panel: sourcesPanel },
};

function showView(name, { focus = false } = {}) {
  state.view = name;
  for (const [key, view] of Object.entries(VIEWS)) {
    const tab = document.getElementById(view.tab);
    const selected = key === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    view.panel.hidden = !selected;
    if (selected && focus) tab.focus();
  }
  document.body.dataset.view = name;
}

/** Tabs: click, or arrow keys / Home / End between them (the ARIA tabs pattern). */
function wireTabs() {
  const names = Object.keys(VIEWS);
  for (const name of names) {
    const tab = document.getElementById(VIEWS[name].tab);
    tab.addEventListener('click', () => showView(name));
    tab.addEventListener('keydown', (event) => {
      const at = names.indexOf(state.view);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: names.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      showView(names[(to + names.length) % names.length], { focus: true });
    });
  }
}

// ---- options: date, claims, registers, sources ----------------------------------

function checkNow() {
  document.body.dataset.pending = 'true';
  clearTimeout(state.checkTimer);
  runCheck();
}

function wireOptions() {
  dateInput.addEventListener('change', checkNow);
  showClaimsBox.addEventListener('change', () => {
    document.getElementById('editor').classList.toggle('show-claims', showClaimsBox.checked);
    renderMarks();
  });
  registerBox.addEventListener('change', async () => {
    if (registerBox.checked) await loadBuiltInRegister();
    checkNow();
  });
  document.getElementById('register-file').addEventListener('change', (event) => loadRegisterFile(event.target));
  document.getElementById('add-source').addEventListener('click', () => addSource());
  // Opening the drawer with no source yet offers an empty one to paste into.
  document.getElementById('sources-box').addEventListener('toggle', (event) => {
    if (event.target.open && state.sources.length === 0) addSource();
  });
  for (const button of document.querySelectorAll('.export button[data-format]')) {
    button.addEventListener('click', () => {
      if (state.report) downloadReport(state.report, button.dataset.format, 'factlint-report');
    });
  }
}

/** Fetches the built-in register once (same origin) and loads it into the core. */
async function loadBuiltInRegister() {
  if (!checker.registers) return; // this core cannot load registers; the check runs without them
  if (state.registers.some((r) => r.label === BUILT_IN)) return;
  try {
    if (!state.builtInRegister) {
      const response = await fetch(REGISTER_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      state.builtInRegister = await response.text();
    }
    const info = await checker.loadRegister(BUILT_IN, 'json', state.builtInRegister);
    rememberRegister(info, BUILT_IN);
  } catch (error) {
    showRegisterError(`The built-in register could not be loaded: ${error.message}`);
    console.warn('factlint: built-in register unavailable', error);
  }
}

function rememberRegister(info, label) {
  const entry = { label, people: info?.people ?? 0, roles: info?.roles ?? 0 };
  state.registers = [...state.registers.filter((r) => r.label !== label), entry];
  renderRegisters();
}

/** Reads a newsroom register from a file (FileReader: it never leaves the tab). */
function loadRegisterFile(input) {
  const file = input.files?.[0];
  if (!file) return;
  showRegisterError('');
  if (!checker.registers) {
    showRegisterError('This build of the factlint core cannot load registers yet.');
    input.value = '';
    return;
  }
  if (file.size > MAX_REGISTER_BYTES) {
    // Loading is linear but takes the worker about a minute per million rows and
    // the tab a gigabyte of memory it never gives back (wasm memory only grows).
    showRegisterError(
      `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; the page loads registers up to ${MAX_REGISTER_BYTES / 1e6} MB ` +
        '(about 150,000 rows). Use the command line for larger ones: factlint check --register FILE.',
    );
    input.value = '';
    return;
  }
  const format = /\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'csv' : 'json';
  const reader = new FileReader();
  reader.onerror = () => showRegisterError(`${file.name} could not be read.`);
  reader.onload = async () => {
    const label = file.name === BUILT_IN ? `${file.name} (yours)` : file.name;
    try {
      const info = await checker.loadRegister(label, format, String(reader.result));
      rememberRegister(info, label);
      checkNow();
    } catch (error) {
      // The core refused the file; whatever was loaded before is still loaded.
      showRegisterError(error.message);
    }
    input.value = '';
  };
  reader.readAsText(file);
}

function showRegisterError(message) {
  const box = document.getElementById('register-error');
  box.textContent = message;
  box.hidden = !message;
}

function renderRegisters() {
  const list = document.getElementById('register-list');
  const count = (n, word) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
  list.replaceChildren(
    ...state.registers.map((register) => {
      const remove =
        register.label === BUILT_IN
          ? h('span', { class: 'hint' }, '(switch it off with "Check roles against the register")')
          : h('button', { type: 'button', class: 'quiet-button', 'aria-label': `Remove ${register.label}` }, 'Remove');
      if (register.label !== BUILT_IN) {
        remove.addEventListener('click', async () => {
          try {
            await checker.clearRegister(register.label);
          } catch (error) {
            showRegisterError(error.message);
            return;
          }
          state.registers = state.registers.filter((r) => r.label !== register.label);
          renderRegisters();
          document.getElementById('register-file').focus();
          checkNow();
        });
      }
      return h('li', { dataset: { label: register.label } }, h('strong', {}, register.label), ` ${count(register.people, 'person').replace('persons', 'people')}, ${count(register.roles, 'role')} `, remove);
    }),
  );
  document.getElementById('registers-count').textContent = state.registers.length ? `(${state.registers.length})` : '';
}

function addSource() {
  const source = { id: state.nextSourceId++, label: '', text: '' };
  state.sources.push(source);
  renderSources();
  document.querySelector(`[data-source="${source.id}"] textarea`)?.focus();
}

/** The source boxes: a label and a text each, collapsible, with a remove button. */
function renderSources() {
  const list = document.getElementById('source-list');
  list.replaceChildren(
    ...state.sources.map((source, index) => {
      const name = () => source.label.trim() || `Source ${index + 1}`;
      const title = h('span', { class: 'source-title' }, name());
      const labelInput = h('input', { type: 'text', value: source.label, placeholder: `Source ${index + 1}`, 'aria-label': `Label of source ${index + 1}` });
      const textInput = h('textarea', { rows: '4', spellcheck: 'false', 'aria-label': `Text of source ${index + 1}`, placeholder: 'Paste the source text here.' });
      textInput.value = source.text;
      const remove = h('button', { type: 'button', class: 'quiet-button', 'aria-label': `Remove source ${index + 1}` }, 'Remove');
      labelInput.addEventListener('input', () => {
        source.label = labelInput.value;
        title.textContent = name();
        if (source.text.trim()) scheduleCheck();
      });
      textInput.addEventListener('input', () => {
        source.text = textInput.value;
        document.body.dataset.pending = 'true';
        updateSourceCount();
        scheduleCheck();
      });
      remove.addEventListener('click', () => {
        state.sources = state.sources.filter((s) => s !== source);
        renderSources();
        document.getElementById('add-source').focus();
        checkNow();
      });
      return h(
        'details',
        { class: 'source-entry', open: true, dataset: { source: String(source.id) } },
        h('summary', {}, title),
        h('div', { class: 'source-fields' }, h('label', {}, 'Label ', labelInput), textInput, remove),
      );
    }),
  );
  updateSourceCount();
}

function updateSourceCount() {
  const n = pastedSources().length;
  document.getElementById('sources-count').textContent = n ? `(${n})` : '';
}

// ---- start -----------------------------------------------------------------

function showAbout() {
  document.getElementById('version').textContent = `v${checker.version}`;
  const credits = document.getElementById('credits');
  credits.replaceChildren(
    ...CREDITS.map((c) =>
      h('li', {}, h('strong', {}, c.name), `: ${c.use}`, c.licence ? ` (${c.licence})` : '', c.url ? h('span', { class: 'url' }, ` ${c.url}`) : null),
    ),
  );
  // The attribution sentences the licences ask for, in their own words, before the details.
  credits.before(h('p', { class: 'notices', id: 'notices' }, CREDITS.filter((c) => c.notice).map((c) => h('span', { class: 'notice' }, c.notice, ' '))));
  document.getElementById('rules').replaceChildren(
    ...checker.rules.map((rule) =>
      h('li', { class: `cat-${rule.category}` }, categoryKey(), h('code', {}, rule.id), ` ${rule.summary}`),
    ),
  );
}

/** The About box closes on Escape and on a click anywhere else. */
function wireAbout() {
  const about = document.querySelector('.about');
  document.addEventListener('click', (event) => {
    if (about.open && !about.contains(event.target)) about.open = false;
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && about.open) {
      about.open = false;
      about.querySelector('summary').focus();
    }
  });
}

async function start() {
  wireAbout();
  // Offline after the first visit: the service worker caches the page, the
  // scripts and the wasm. It never sees the text (only file requests).
  navigator.serviceWorker?.register('sw.js').catch((error) => console.warn('factlint: offline cache unavailable', error));
  const [loaded, example] = await Promise.all([createChecker(), loadExample()]);
  checker = loaded;
  showAbout();
  wireTabs();
  wireOptions();
  showView('findings');
  showRegisterError('');
  renderRegisters();
  textarea.addEventListener('scroll', syncGutter, { passive: true });
  // Wrapping changes with the width: the margin bars follow the sentences.
  new ResizeObserver(() => requestAnimationFrame(renderGutter)).observe(textarea);
  textarea.addEventListener('input', onInput);
  textarea.addEventListener('click', followCaret);
  textarea.addEventListener('keyup', followCaret);
  textarea.addEventListener('pointermove', onPointerMove);
  textarea.addEventListener('pointerleave', () => setHover(null));
  // The example is fetched once, at load: nothing goes over the network afterwards.
  document.getElementById('load-example').addEventListener('click', () => replaceText(example));
  document.getElementById('clear').addEventListener('click', () => {
    replaceText('');
    textarea.focus();
  });
  textarea.value = example;
  onInput();
  clearTimeout(state.checkTimer);
  // The register check is on by default: its register loads before the first check.
  if (registerBox.checked) await loadBuiltInRegister();
  await runCheck();
}

start().catch((error) => {
  summary.textContent = `factlint could not start: ${error.message}`;
  summary.classList.add('failed');
  document.body.dataset.state = 'failed';
  console.error('factlint: start-up failed', error);
});
