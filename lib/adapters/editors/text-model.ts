/**
 * The draft as a flat string plus the map back to the DOM, for editors that render text leaves
 * inside a contenteditable (Lexical, Draft.js). Offsets are UTF-16 code units, the same units the
 * analyser's findings use, so `text.slice(f.start, f.end)` is the flagged span and
 * `rangeFor(model, f.start, f.end)` is where it sits on screen.
 *
 * Nothing here writes to the page: these functions only read the editor's DOM.
 */

/** One text node of the editor and where its characters sit in `TextModel.text`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/** A block (paragraph, Draft block) and the offsets it covers, for carets in empty blocks. */
export interface BlockSpan {
  element: Element;
  start: number;
  end: number;
}

export interface TextModel {
  text: string;
  segments: TextSegment[];
  blocks: BlockSpan[];
}

export interface DomPoint {
  node: Node;
  offset: number;
}

/** Characters editors use as invisible cursor anchors; never part of the state's text. */
const INVISIBLE = /[\u200B\uFEFF]/g;

/** Builds a model incrementally: the editors' readers push text and separators in order. */
export class TextModelBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: TextSegment[] = [];
  readonly blocks: BlockSpan[] = [];

  get offset(): number {
    return this.length;
  }

  addText(node: Text): void {
    const data = node.data;
    if (!data) return;
    this.segments.push({ node, start: this.length, end: this.length + data.length });
    this.parts.push(data);
    this.length += data.length;
  }

  addSeparator(value: string): void {
    this.parts.push(value);
    this.length += value.length;
  }

  openBlock(element: Element): BlockSpan {
    const span = { element, start: this.length, end: this.length };
    this.blocks.push(span);
    return span;
  }

  closeBlock(span: BlockSpan): void {
    span.end = this.length;
  }

  build(): TextModel {
    return { text: this.parts.join(''), segments: this.segments, blocks: this.blocks };
  }
}

/**
 * Whether a text node outside the editor's leaves holds characters a person could have typed.
 * Editors leave zero-width anchors around, and markup whitespace is never part of the draft.
 */
export function hasVisibleText(node: Text): boolean {
  return /\S/.test(node.data.replace(INVISIBLE, ''));
}

/**
 * The DOM position of a model offset. `affinity: 'end'` prefers the end of the segment that
 * finishes at the offset (for range ends), `'start'` the start of the one that begins there.
 */
export function pointAt(model: TextModel, offset: number, affinity: 'start' | 'end' = 'start'): DomPoint | null {
  const { segments } = model;
  const empty = emptyBlockAt(model, offset);
  // First segment whose end is at or after the offset (segments ascend and never overlap).
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  const at = segments[lo];
  const next = segments[lo + 1];
  const prev = segments[lo - 1];
  if (at && at.start <= offset) {
    // The offset touches `at`. At its very end, a range start belongs to the next segment if it begins here.
    if (affinity === 'start' && offset === at.end && next && next.start === offset) return { node: next.node, offset: 0 };
    return { node: at.node, offset: offset - at.start };
  }
  // On a separator between segments (or before the first / after the last).
  if (empty) return { node: empty.element, offset: 0 };
  if (affinity === 'end' && prev) return { node: prev.node, offset: prev.node.data.length };
  if (at) return { node: at.node, offset: 0 };
  if (prev) return { node: prev.node, offset: prev.node.data.length };
  const block = model.blocks[0];
  return block ? { node: block.element, offset: 0 } : null;
}

function emptyBlockAt(model: TextModel, offset: number): BlockSpan | undefined {
  return model.blocks.find((b) => b.start === b.end && b.start === offset);
}

/** A DOM Range over model offsets [start, end), or null when the editor has no text there. */
export function rangeFor(model: TextModel, start: number, end: number, doc: Document = document): Range | null {
  const from = pointAt(model, start, 'start');
  const to = pointAt(model, end, end > start ? 'end' : 'start');
  if (!from || !to) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}

/** Client rects of the span, one per line box, each clipped to `clip` when given. */
export function clientRectsFor(range: Range | null, clip?: DOMRect): DOMRect[] {
  if (!range) return [];
  const out: DOMRect[] = [];
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (r.width <= 0 && r.height <= 0) continue;
    if (!clip) {
      out.push(r);
      continue;
    }
    const left = Math.max(r.left, clip.left);
    const top = Math.max(r.top, clip.top);
    const right = Math.min(r.right, clip.right);
    const bottom = Math.min(r.bottom, clip.bottom);
    if (right > left && bottom > top) out.push(new DOMRect(left, top, right - left, bottom - top));
  }
  return dedupeLineRects(out);
}

/**
 * Range.getClientRects() returns one rect per inline box, so nested spans (Draft's leaf inside its
 * offset span, a Lexical link) give the same line twice. Keep the outermost of identical rects.
 */
function dedupeLineRects(rects: DOMRect[]): DOMRect[] {
  const out: DOMRect[] = [];
  for (const r of rects) {
    const inside = out.some(
      (o) => r.left >= o.left - 0.5 && r.right <= o.right + 0.5 && r.top >= o.top - 0.5 && r.bottom <= o.bottom + 0.5,
    );
    if (inside) continue;
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i]!;
      if (o.left >= r.left - 0.5 && o.right <= r.right + 0.5 && o.top >= r.top - 0.5 && o.bottom <= r.bottom + 0.5) out.splice(i, 1);
    }
    out.push(r);
  }
  return out;
}
