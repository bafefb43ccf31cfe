// Findings out of the page: JSON, Markdown and CSV, and a download helper.
// Pure functions of a Report, so the main page, a CMS plugin or a Node script
// can use them alike.
import { categoryInfo } from './core.js';

export function toJSON(report) {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const mdEscape = (text) => String(text ?? '').replace(/[\\`*_[\]<>|#]/g, '\\$&').replace(/\s+/g, ' ');

export function toMarkdown(report, { title = 'factlint findings' } = {}) {
  const findings = report?.findings ?? [];
  const lines = [`# ${mdEscape(title)}`, ''];
  lines.push(`${findings.length} finding${findings.length === 1 ? '' : 's'} (factlint ${report?.version ?? '?'}).`, '');
  const byCategory = new Map();
  for (const finding of findings) {
    if (!byCategory.has(finding.category)) byCategory.set(finding.category, []);
    byCategory.get(finding.category).push(finding);
  }
  const categories = [...byCategory.keys()].sort((a, b) => categoryInfo(a).order - categoryInfo(b).order);
  for (const category of categories) {
    const items = byCategory.get(category);
    lines.push(`## ${categoryInfo(category).label} (${items.length})`, '');
    for (const finding of items) {
      lines.push(`- **${finding.severity}**, line ${finding.line}: ${mdEscape(finding.message)} (\`${finding.rule}\`)`);
      lines.push(`  > ${mdEscape(finding.text)}`);
      for (const related of finding.related ?? []) {
        const where = related.line ? `line ${related.line}` : related.kind;
        lines.push(`  - ${mdEscape(related.note)} (${where}): ${mdEscape(related.text)}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

const CSV_COLUMNS = ['rule', 'category', 'severity', 'line', 'column', 'start', 'end', 'message', 'text', 'related'];

/** RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @,
 * tab, CR first) get a leading apostrophe: the text comes from users. */
export function toCSV(report) {
  const cell = (value) => {
    let text = String(value ?? '');
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = [CSV_COLUMNS.join(',')];
  for (const f of report?.findings ?? []) {
    const related = (f.related ?? []).map((r) => `${r.note}: ${r.text}`).join(' | ');
    rows.push([f.rule, f.category, f.severity, f.line, f.column, f.span.start, f.span.end, f.message, f.text, related].map(cell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

const FORMATS = {
  json: { render: toJSON, type: 'application/json', extension: 'json' },
  markdown: { render: toMarkdown, type: 'text/markdown', extension: 'md' },
  csv: { render: toCSV, type: 'text/csv', extension: 'csv' },
};

/** Saves the report as a file through a Blob URL (nothing leaves the machine). */
export function downloadReport(report, format = 'json', basename = 'factlint-findings') {
  const chosen = FORMATS[format];
  if (!chosen) throw new TypeError(`unknown export format ${format}; use json, markdown or csv`);
  const blob = new Blob([chosen.render(report)], { type: `${chosen.type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${basename}.${chosen.extension}`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
