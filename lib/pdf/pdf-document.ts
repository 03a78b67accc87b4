import 'server-only';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { scriptRuns, type Script } from './script-runs';

/**
 * An A4 PDF written on the server with pdfkit, in Noto Sans from @fontsource (Latin and Cyrillic,
 * regular and bold: @fontsource ships each script in a file of its own, so text is drawn stretch
 * by stretch, see scriptRuns). The font files are read from node_modules at run time.
 */

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files');
const fontFile = (script: Script, weight: 400 | 700) =>
  path.join(FONT_DIR, `noto-sans-${script}-${weight}-normal.woff`);
const fontName = (script: Script, bold: boolean) => `${script}-${bold ? 'bold' : 'regular'}`;

export type Pdf = PDFKit.PDFDocument;
export type TextStyle = { size?: number; bold?: boolean; color?: string; width?: number };

export function createA4Pdf(info: { title: string; margin: number }): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margin: info.margin,
    bufferPages: true,
    font: fontFile('latin', 400),
    info: { Title: info.title },
  });
  for (const script of ['latin', 'cyrillic'] as const) {
    doc.registerFont(fontName(script, false), fontFile(script, 400));
    doc.registerFont(fontName(script, true), fontFile(script, 700));
  }
  return doc;
}

/** The height `text` takes at `width` (measured in the Latin face; Noto's scripts share their metrics). */
export function heightOf(doc: Pdf, text: string, { size = 10, bold = false, width }: TextStyle): number {
  return doc
    .font(fontName('latin', bold))
    .fontSize(size)
    .heightOfString(text || ' ', { width });
}

/** Writes `text` at (x, y), wrapping at `width`, each script in its own font file. */
export function writeText(doc: Pdf, text: string, x: number, y: number, style: TextStyle = {}): void {
  const { size = 10, bold = false, color = '#0f172a', width } = style;
  const runs = scriptRuns(text || ' ');
  doc.fontSize(size).fillColor(color);
  runs.forEach((run, index) => {
    doc.font(fontName(run.script, bold));
    const options = { width, continued: index < runs.length - 1 };
    if (index === 0) doc.text(run.text, x, y, options);
    else doc.text(run.text, options);
  });
}

/** The finished document's bytes. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
