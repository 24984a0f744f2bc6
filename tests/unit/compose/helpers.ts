import { vi } from 'vitest';
import { compileProfile } from '../../../lib/analyser/compiled-profile';
import type { AnalysisInput, Finding } from '../../../lib/analyser/types';
import type { SiteAdapter } from '../../../lib/adapters/types';
import { ComposeGuard, type GuardDeps } from '../../../lib/compose/guard';
import type { OverlayModel, OverlayPort } from '../../../lib/compose/overlay-model';
import type { TabStatus } from '../../../lib/messaging/tab-status';

/** A stand-in analyser: a UK mobile number is a warning with a safer wording; "BLOCKME" is blocked. */
export function fakeAnalyse(input: AnalysisInput): Finding[] {
  const out: Finding[] = [];
  for (const m of input.text.matchAll(/07\d{3} ?\d{6}/g)) {
    out.push({ rule: 'contact-detail', severity: 'warn', start: m.index, end: m.index + m[0].length, likelihood: 0.9, explanation: 'A phone number.', suggestion: '[number removed]', recogniser: 'phone-number' });
  }
  for (const m of input.text.matchAll(/BLOCKME/g)) {
    out.push({ rule: 'register-person', severity: 'block', start: m.index, end: m.index + m[0].length, likelihood: 0.9, explanation: 'Someone on the register.', recogniser: 'register-person' });
  }
  return out;
}

export interface Harness {
  guard: ComposeGuard;
  overlay: OverlayPort & { model: OverlayModel | null; renders: number };
  analyse: ReturnType<typeof vi.fn<(input: AnalysisInput) => Finding[]>>;
  statuses: TabStatus[];
  pauses: string[][];
  feedback: Array<Record<string, unknown>>;
  copied: string[];
  abort(): void;
}

export function startGuard(adapter: SiteAdapter, overrides: Partial<GuardDeps> = {}): Harness {
  const controller = new AbortController();
  // happy-dom lays nothing out; the guard skips composers with an empty box (hidden ones).
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => new DOMRect(10, 500, 400, 40));
  const overlay = {
    model: null as OverlayModel | null,
    renders: 0,
    render(model: OverlayModel) {
      overlay.model = model;
      overlay.renders++;
    },
    scratch: () => null,
    isOwnNode: () => false,
    ensureMounted() {},
    onMounted() {},
  };
  const analyse = vi.fn((input: AnalysisInput) => fakeAnalyse(input));
  const h: Harness = {
    overlay,
    analyse,
    statuses: [],
    pauses: [],
    feedback: [],
    copied: [],
    abort: () => controller.abort(),
    guard: undefined as unknown as ComposeGuard,
  };
  h.guard = new ComposeGuard({
    window,
    adapter,
    overlay,
    analyse,
    profile: () => ({ compiled: compileProfile(undefined), published: undefined }),
    report: (s) => h.statuses.push(s),
    recordPause: (rules) => h.pauses.push([...rules]),
    recordFeedback: (entry) => h.feedback.push({ ...entry }),
    copyText: async (text) => {
      h.copied.push(text);
      return true;
    },
    signal: controller.signal,
    debounceMs: 5,
    maxWaitMs: 50,
    ...overrides,
  });
  h.guard.start();
  return h;
}

export const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

/** Replaces a Lexical root's text the way Lexical's reconciler would render it, and fires input. */
export function typeLexical(root: HTMLElement, text: string): void {
  root.innerHTML = text
    .split('\n\n')
    .map((p) => (p ? `<p><span data-lexical-text="true">${p}</span></p>` : '<p><br></p>'))
    .join('');
  root.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export function enter(target: EventTarget, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true, ...init });
  target.dispatchEvent(event);
  return event;
}
