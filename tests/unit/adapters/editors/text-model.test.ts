// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../../lib/adapters/editors/draft';
import { readLexical } from '../../../../lib/adapters/editors/lexical';
import { pointAt, rangeFor } from '../../../../lib/adapters/editors/text-model';
import { readTextarea } from '../../../../lib/adapters/editors/textarea';
import { el, loadFixture } from '../helpers';

function lexicalRoot(inner: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" role="textbox" data-lexical-editor="true">${inner}</div>`;
  return el('[data-lexical-editor]');
}

describe('readLexical', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins paragraphs with a blank line and line breaks with a newline, as Lexical getTextContent() does', () => {
    const root = lexicalRoot(
      '<p><span data-lexical-text="true">Hello</span></p><p><br></p><p><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p>',
    );
    expect(readLexical(root)?.text).toBe('Hello\n\n\n\na\nb');
  });

  it('skips the managed line break Lexical adds after a trailing LineBreakNode', () => {
    const root = lexicalRoot('<p><span data-lexical-text="true">a</span><br><br data-lexical-managed-linebreak="true"></p>');
    expect(readLexical(root)?.text).toBe('a\n');
  });

  it('treats an unmarked last <br> of a block as the managed one (older Lexical)', () => {
    const root = lexicalRoot('<p><span data-lexical-text="true">a</span><br><br></p>');
    expect(readLexical(root)?.text).toBe('a\n');
  });

  it('reads text inside links, hashtags and formatted leaves', () => {
    const root = lexicalRoot('<p><a href="#"><span data-lexical-text="true">link</span></a> <strong data-lexical-text="true"><em>bold</em></strong></p>');
    // the bare space text node outside a leaf is markup whitespace, not draft text
    expect(readLexical(root)?.text).toBe('linkbold');
  });

  it('returns null when the root holds text Lexical would not render (the editor is no longer Lexical)', () => {
    expect(readLexical(lexicalRoot('<p>plain text</p>'))).toBeNull();
    const root = lexicalRoot('<p><span data-lexical-text="true">x</span></p>');
    root.setAttribute('contenteditable', 'false');
    expect(readLexical(root)).toBeNull();
  });

  it('maps offsets back to the DOM: a range over a finding covers exactly its words, across paragraphs too', () => {
    const root = lexicalRoot('<p><span data-lexical-text="true">Call me on </span><span data-lexical-text="true">07700 900123</span></p><p><span data-lexical-text="true">tonight</span></p>');
    const model = readLexical(root)!;
    expect(model.text).toBe('Call me on 07700 900123\n\ntonight');
    const start = model.text.indexOf('07700');
    expect(rangeFor(model, start, start + 12)!.toString()).toBe('07700 900123');
    expect(rangeFor(model, 8, model.text.length)!.toString()).toBe('on 07700 900123tonight');
    const tonight = model.text.indexOf('tonight');
    const point = pointAt(model, tonight, 'start')!;
    expect(point.node.textContent).toBe('tonight');
    expect(point.offset).toBe(0);
  });

  it('puts a caret in an empty paragraph on the paragraph itself', () => {
    const root = lexicalRoot('<p><span data-lexical-text="true">a</span></p><p><br></p><p><span data-lexical-text="true">b</span></p>');
    const model = readLexical(root)!;
    expect(model.text).toBe('a\n\n\n\nb');
    const point = pointAt(model, 3, 'start')!;
    expect((point.node as Element).tagName).toBe('P');
  });
});

describe('readDraft', () => {
  it('joins Draft blocks with a newline, reads decorated leaves and empty blocks (x-home.html)', () => {
    loadFixture('x-home.html');
    const root = el('[data-testid="tweetTextarea_0"]');
    const model = readDraft(root)!;
    expect(model.text).toBe('Hello @bilal_az09\n\nbye');
    const at = model.text.indexOf('@bilal');
    expect(rangeFor(model, at, at + 11)!.toString()).toBe('@bilal_az09');
  });

  it('returns null without Draft contents or with text outside every block', () => {
    document.body.innerHTML = '<div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><p>hi</p></div>';
    expect(readDraft(el('[data-testid="tweetTextarea_0"]'))).toBeNull();
    document.body.innerHTML =
      '<div contenteditable="true" data-testid="t"><div data-contents="true"><div data-block="true"><span data-text="true">a</span></div>stray</div></div>';
    expect(readDraft(el('[data-testid="t"]'))).toBeNull();
  });
});

describe('readTextarea', () => {
  it('reads the value of a textarea and refuses other elements', () => {
    document.body.innerHTML = '<textarea></textarea><div></div>';
    const ta = el<HTMLTextAreaElement>('textarea');
    ta.value = 'line 1\nline 2';
    expect(readTextarea(ta)?.text).toBe('line 1\nline 2');
    expect(readTextarea(el('div'))).toBeNull();
  });
});
