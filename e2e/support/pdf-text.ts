/**
 * Just enough of PDF to check what Chromium's "Save as PDF" (Skia's PDF backend) wrote: the
 * pages with their size, and each page's text. Skia writes plain indirect objects (no object
 * streams), Flate-compressed content streams, and a ToUnicode CMap for every font, so the text
 * is the content streams' Tj/TJ strings mapped through the font's CMap. Not a general PDF
 * reader: a test fails loudly (no pages, no text) if the format is ever something else.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

export interface PdfPage {
  /** [width, height] in points (A4 is 595.92 × 842.88 in Chromium's rounding). */
  size: [number, number];
  text: string;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const src = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const body = m[2] ?? '';
    const at = body.indexOf('stream');
    if (at < 0 || !/^stream\r?\n/.test(body.slice(at))) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    let data = body.slice(at + 'stream'.length).replace(/^\r?\n/, '');
    data = data.slice(0, data.lastIndexOf('endstream')).replace(/\r?\n$/, '');
    let bytes = Buffer.from(data, 'latin1');
    if (/\/FlateDecode/.test(dict)) bytes = inflateSync(bytes);
    objects.set(Number(m[1]), { dict, stream: bytes });
  }
  return objects;
}

const hexToCodes = (hex: string, width: number): number[] => {
  const clean = hex.replace(/\s+/g, '');
  const out: number[] = [];
  for (let i = 0; i + width * 2 <= clean.length; i += width * 2) {
    out.push(parseInt(clean.slice(i, i + width * 2), 16));
  }
  return out;
};

const utf16 = (hex: string) => {
  const units = hexToCodes(hex, 2);
  return String.fromCharCode(...units);
};

interface CMap {
  width: number;
  map: Map<number, string>;
}

function parseCMap(text: string): CMap {
  const map = new Map<number, string>();
  let width = 1;
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      width = (src ?? '').length / 2;
      map.set(parseInt(src ?? '0', 16), utf16(dst ?? ''));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const body = block[1] ?? '';
    for (const [, lo, hi, dst] of body.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      width = (lo ?? '').length / 2;
      const start = parseInt(lo ?? '0', 16);
      const end = parseInt(hi ?? '0', 16);
      const base = utf16(dst ?? '');
      for (let c = start; c <= end; c++) {
        map.set(
          c,
          base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + c - start),
        );
      }
    }
  }
  return { width, map };
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** The pages of a PDF in order (as the page tree's objects appear), with their text. */
export function readPdf(pdf: Buffer): PdfPage[] {
  const objects = parseObjects(pdf);
  const cmapOf = new Map<number, CMap>();
  const fontCMap = (fontId: number): CMap | null => {
    if (cmapOf.has(fontId)) return cmapOf.get(fontId) ?? null;
    const font = objects.get(fontId);
    const toUnicode = font ? ref(font.dict, 'ToUnicode') : null;
    const stream = toUnicode !== null ? objects.get(toUnicode)?.stream : null;
    const cmap = stream ? parseCMap(stream.toString('latin1')) : null;
    // A composite (Type0) font's codes are two bytes, whatever the CMap's first entry looks like.
    if (cmap && font && /\/Subtype\s*\/Type0\b/.test(font.dict)) cmap.width = 2;
    if (cmap) cmapOf.set(fontId, cmap);
    return cmap;
  };

  // The page tree's order: /Kids of /Pages nodes, depth first from the catalog's root.
  const order: number[] = [];
  const walk = (id: number) => {
    const o = objects.get(id);
    if (!o) return;
    if (/\/Type\s*\/Pages\b/.test(o.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o.dict)?.[1] ?? '';
      for (const [, kid] of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid));
    } else if (/\/Type\s*\/Page\b/.test(o.dict)) order.push(id);
  };
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
  const root = catalog ? ref(catalog.dict, 'Pages') : null;
  if (root !== null) walk(root);

  return order.map((id) => {
    const page = objects.get(id);
    const dict = page?.dict ?? '';
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(dict);
    const size: [number, number] = box
      ? [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])]
      : [0, 0];
    let resources = dict;
    const resRef = ref(dict, 'Resources');
    if (resRef !== null) resources = objects.get(resRef)?.dict ?? '';
    let fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fontRef = ref(resources, 'Font');
    if (fontRef !== null) fontDict = objects.get(fontRef)?.dict ?? '';
    const fonts = new Map<string, number>();
    for (const [, name, fid] of fontDict.matchAll(/\/([^\s/<>]+)\s+(\d+) 0 R/g)) {
      fonts.set(name ?? '', Number(fid));
    }
    const contentIds: number[] = [];
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? '';
    for (const [, cid] of contents.matchAll(/(\d+) 0 R/g)) contentIds.push(Number(cid));
    const content = contentIds
      .map((cid) => objects.get(cid)?.stream?.toString('latin1') ?? '')
      .join('\n');

    let text = '';
    let cmap: CMap | null = null;
    const decode = (hex: string) =>
      cmap
        ? hexToCodes(hex, cmap.width)
            .map((c) => cmap?.map.get(c) ?? '')
            .join('')
        : '';
    // Skia draws a line as several BT…ET runs, each placed with Tm; a new line (another y)
    // becomes a space. Spaces inside a line are glyphs when drawn, absent when only skipped,
    // so compare text with `compact` (whitespace removed).
    let lastY: string | null = null;
    const token =
      /\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9a-fA-F\s]*)>\s*Tj|[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+([-\d.]+)\s+Tm|[-\d.]+\s+([-\d.]+)\s+T[dD]\b|(T\*)/g;
    for (let m = token.exec(content); m; m = token.exec(content)) {
      if (m[1] !== undefined) {
        const fid = fonts.get(m[1]);
        cmap = fid !== undefined ? fontCMap(fid) : null;
      } else if (m[2] !== undefined) {
        for (const [, hex] of m[2].matchAll(/<([0-9a-fA-F\s]*)>/g)) text += decode(hex ?? '');
      } else if (m[3] !== undefined) text += decode(m[3]);
      else if (m[4] !== undefined) {
        if (lastY !== null && m[4] !== lastY) text += ' ';
        lastY = m[4];
      } else if (m[5] !== undefined) {
        // Skia moves glyph by glyph along the line with Td; only a move down is a new line.
        if (Number(m[5]) !== 0) text += ' ';
      } else text += ' ';
    }
    return { size, text: text.replace(/\s+/g, ' ').trim() };
  });
}

/** Text without whitespace, for comparing what a PDF says with what the page said. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
