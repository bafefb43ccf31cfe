// The factlint page: a textarea checked as you type, findings highlighted in
// place and listed by category. All analysis goes through lib/checker.js;
// all DOM is built from text nodes (lib/dom.js), never from HTML strings.
import { createChecker } from './lib/checker.js';
import { createOverlay } from './lib/overlay.js';
import { diffRegion, shiftSpan } from './lib/edits.js';
import { renderPanel, showActive, categoryName, categoryKey } from './lib/panel.js';
import { h } from './lib/dom.js';
import { CREDITS } from './credits.js';

/** Quiet time after the last keystroke before the text is checked again. */
const CHECK_DELAY_MS = 150;
const EXAMPLE_URL = 'demo/seed-article.txt';
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
const rank = (finding) => SEVERITY_RANK[finding.severity] ?? 3;

const textarea = document.getElementById('text');
const overlay = createOverlay(textarea, document.getElementById('mirror'));
const panel = document.getElementById('panel');
const summary = document.getElementById('summary');
const textStats = document.getElementById('text-stats');

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
    report = await checker.check(text, {});
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

function applyReport(report, text, elapsedMs) {
  const previous = findingById(state.activeId);
  state.text = text;
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
  // Evidence passages get quiet marks, styled only while their finding is selected or hovered.
  for (const finding of state.findings) {
    finding.evidence.forEach((span, index) => {
      if (span) marks.push({ ...span, id: evidenceId(finding.id, index), className: 'evidence-mark', quiet: true });
    });
  }
  overlay.render(state.text, marks);
  showStates();
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

function showStates() {
  const classes = new Map();
  const add = (id, name) => classes.set(id, [...(classes.get(id) ?? []), name]);
  for (const [id, role] of [[state.hoverId, 'hover'], [state.activeId, 'active']]) {
    const finding = findingById(id);
    if (!finding) continue;
    add(finding.id, role);
    for (const partner of partnersOf(finding)) add(partner, 'partner');
  }
  overlay.setState(classes);
  showActive(state.items, state.activeId);
  for (const [id, item] of state.items) {
    item.classList.toggle('hover', id === state.hoverId);
    item.classList.toggle('stale', !findingById(id)?.place);
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

// ---- start -----------------------------------------------------------------

function showAbout() {
  document.getElementById('version').textContent = `v${checker.version}`;
  document.getElementById('credits').replaceChildren(
    ...CREDITS.map((c) =>
      h('li', {}, h('strong', {}, c.name), `: ${c.use}`, c.licence ? ` (${c.licence})` : '', c.url ? h('span', { class: 'url' }, ` ${c.url}`) : null),
    ),
  );
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
  await runCheck();
}

start().catch((error) => {
  summary.textContent = `factlint could not start: ${error.message}`;
  summary.classList.add('failed');
  document.body.dataset.state = 'failed';
  console.error('factlint: start-up failed', error);
});
