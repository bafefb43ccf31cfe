// The embed demo: one worker checker shared by a textarea, a contenteditable
// element and a ProseMirror editor. Bundled by scripts/build-embed.sh into
// www/embed/demo.js (browsers cannot resolve ProseMirror's bare imports).
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { Schema } from 'prosemirror-model';
import { schema as basicSchema } from 'prosemirror-schema-basic';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { history, undo, redo } from 'prosemirror-history';
import { createChecker, attach, definePanel, downloadReport, clearAllIgnored } from '../../lib/index.js';
import { factlintPlugin } from '../../lib/prosemirror.js';

const SAMPLE = [
  'The council approved the new budget on Monday. Officials said the plan would fund two schools.',
  'Critics argued that the vote was rushed. The council approved the new budget on Monday.',
].join('\n');

// The demo edits text. HTML pasted from a web page keeps its paragraphs,
// headings and emphasis, but not images (a pasted <img src> would be fetched)
// nor links (a pasted javascript: href would sit in the document). A CMS's own
// schema decides this for its editor; the CSP blocks scripts either way.
const schema = new Schema({ nodes: basicSchema.spec.nodes.remove('image'), marks: basicSchema.spec.marks.remove('link') });

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url), { scope: new URL('../', import.meta.url).pathname })
    .catch((error) => console.warn('factlint: offline mode unavailable:', error.message));
}

definePanel();
const checker = createChecker({ workerUrl: new URL('../lib/worker.js', import.meta.url) });
const status = document.getElementById('status-text');
const progress = document.getElementById('progress');
const annotators = {};
let focused = 'textarea';

const plain = document.getElementById('plain');
plain.value = SAMPLE;
annotators.textarea = attach(plain, { checker, panel: document.getElementById('panel-plain') });

const editable = document.getElementById('editable');
for (const line of SAMPLE.split('\n')) {
  const block = document.createElement('div');
  block.textContent = line;
  editable.append(block);
}
annotators.contenteditable = attach(editable, { checker, panel: document.getElementById('panel-editable') });

const paragraphs = SAMPLE.split('\n').map((line) => schema.node('paragraph', null, line ? [schema.text(line)] : []));
const view = new EditorView(document.getElementById('prosemirror'), {
  state: EditorState.create({
    doc: schema.node('doc', null, paragraphs),
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }),
      keymap(baseKeymap),
      factlintPlugin({
        checker,
        ignoreName: 'embed-demo-prosemirror',
        panel: document.getElementById('panel-prosemirror'),
        onAttach: (annotator) => { annotators.prosemirror = annotator; },
      }),
    ],
  }),
  attributes: { 'aria-label': 'Text to check (ProseMirror)', role: 'textbox', 'aria-multiline': 'true', spellcheck: 'false' },
});
view.dom.id = 'pm-editor';

const names = { textarea: plain, contenteditable: editable, prosemirror: view.dom };
for (const [name, element] of Object.entries(names)) {
  element.addEventListener('focus', () => {
    focused = name;
    document.getElementById('focused-name').textContent = name;
  });
  annotators[name].addEventListener('findings', (event) => {
    if (event.detail.reason === 'report') status.textContent = `${name}: ${event.detail.findings.length} finding(s).`;
  });
  annotators[name].addEventListener('error', (event) => { status.textContent = `Error: ${event.detail.error.message}`; });
}

// A bar for long texts: the worker reports its phases and an estimate from
// the throughput of earlier runs; the bar fills towards 90% over that time.
let animation = 0;
checker.onProgress((event) => {
  if (event.length < 200_000) return;
  cancelAnimationFrame(animation);
  if (event.phase === 'analyse') {
    progress.hidden = false;
    const started = performance.now();
    const tick = () => {
      progress.value = Math.min(0.9, (performance.now() - started) / Math.max(1, event.estimateMs)) ;
      animation = requestAnimationFrame(tick);
    };
    tick();
    status.textContent = `Analysing ${(event.length / 1e6).toFixed(1)} million characters…`;
  } else if (event.phase === 'done') {
    progress.value = 1;
    status.textContent = `Analysed in ${event.elapsedMs} ms.`;
    setTimeout(() => { progress.hidden = true; }, 800);
  }
});

checker.ready.then(
  ({ version }) => { status.textContent = `factlint ${version} ready.`; },
  (error) => { status.textContent = `The checker could not start: ${error.message}`; },
);

for (const button of document.querySelectorAll('[data-export]')) {
  button.addEventListener('click', () => {
    const report = annotators[focused]?.report;
    if (report) downloadReport({ ...report, findings: annotators[focused].findings }, button.dataset.export, `factlint-${focused}`);
  });
}
document.getElementById('print').addEventListener('click', () => window.print());
document.getElementById('clear-ignored').addEventListener('click', () => {
  clearAllIgnored();
  for (const annotator of Object.values(annotators)) annotator.clearIgnored();
});

// For the end-to-end tests and the console.
window.factlintDemo = { checker, annotators, view };
