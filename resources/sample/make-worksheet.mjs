// Writes support-plan-worksheet.pdf: a one-page PDF 1.4 worksheet in Helvetica (a standard font, nothing embedded),
// with a correct cross-reference table. Run: node resources/sample/make-worksheet.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const lines = [
  [20, 'Support plan worksheet'],
  [12, 'Asynchronous Learning 101 - Benefits and trade-offs'],
  [11, ''],
  [11, '1. Where do learners ask a question? (forum, e-mail, chat)'],
  [11, '   ______________________________________________________'],
  [11, '2. Who answers, and how quickly? (a name and a promise)'],
  [11, '   ______________________________________________________'],
  [11, '3. When do learners meet a person? (live sessions, office hours)'],
  [11, '   ______________________________________________________'],
  [11, '4. How will you notice a learner who has stopped?'],
  [11, '   ______________________________________________________'],
];
const esc = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`);
const text = lines.map(([size, line], i) => `BT /F1 ${size} Tf 56 ${770 - i * 28} Td (${esc(line)}) Tj ET`).join('\n');
const objects = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
];
let pdf = '%PDF-1.4\n';
const offsets = objects.map((body, i) => {
  const at = Buffer.byteLength(pdf);
  pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  return at;
});
const xref = Buffer.byteLength(pdf);
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(fileURLToPath(new URL('support-plan-worksheet.pdf', import.meta.url)), pdf, 'latin1');
