/**
 * The composer guard: adapter + analyser + overlay, for one page.
 *
 *   page DOM ──► DomWatcher ──► adapter.findComposers ──► tracked composers
 *                                     │                        │ typing (input, mutations)
 *                                     ▼                        ▼
 *                               HealthMonitor          sync per frame: read text, shift marks
 *                                     │                        │ debounced, never mid-IME
 *                                     ▼                        ▼
 *                        background (badge, popup)     analyse(input, compiled profile)
 *                                                              │
 *   window capture: Enter / click / submit ──► decide ◄────────┤
 *          held ──► pause card (closed shadow root) ◄── marks + badge + finding card
 *
 * Confidentiality: findings, draft text and register facts stay in this isolated world and in
 * the closed shadow root. Nothing is written to the page's DOM except the shadow host itself,
 * which never changes with what was found. Nothing is logged.
 */
import type { Audience, Mark, SendAnywayReason } from '../../components/guard/types';
import type { CompiledProfile } from '../analyser/compiled-profile';
import type { AnalysisInput, Finding } from '../analyser/types';
import { editorFor, type EditorDriver, type EditorModel } from '../adapters/editors';
import type { Composer, ComposerContext, SiteAdapter } from '../adapters/types';
import type { TabStatus } from '../messaging/tab-status';
import type { PublishedProfile } from '../profile/published.schema';
import type { FeedbackEntry } from '../storage/feedback';
import type { RuleId } from '../profile/rule-ids';
import { analysisInputFor, audienceOf } from './audience';
import { createDomWatcher, type DomWatcher } from './dom-watcher';
import { applyFixes, findingKey, fixesFor, shiftFindings } from './fixes';
import { HealthMonitor, judge } from './health';
import { controlInPath, decideConnection, noticeFor, recipientKey, type ConnectionDecision, type NoticeKind } from './connections';
import type { Anchor, BadgeView, CardView, NoticeView, OverlayModel, OverlayPort } from './overlay-model';
import { installSendInterceptor, type SendAttempt, type SendOrigin } from './send-interceptor';

export interface GuardProfile {
  compiled: CompiledProfile;
  published: PublishedProfile | undefined;
}

export type FeedbackReport = Omit<FeedbackEntry, 'at'>;

export interface GuardDeps {
  window: Window;
  adapter: SiteAdapter;
  overlay: OverlayPort;
  analyse(input: AnalysisInput, profile: CompiledProfile): Finding[];
  profile(): GuardProfile;
  report(status: TabStatus): void;
  recordPause(rules: RuleId[]): void;
  recordFeedback(entry: FeedbackReport): void;
  copyText(text: string): Promise<boolean>;
  signal: AbortSignal;
  /** Typing pause before the analyser runs, and the longest it waits while typing goes on. */
  debounceMs?: number;
  maxWaitMs?: number;
}

interface Tracked {
  id: string;
  composer: Composer;
  driver: EditorDriver;
  model: EditorModel | null;
  readable: boolean;
  /** Text the findings were computed on (null: not analysed yet, or stale). */
  analysedText: string | null;
  /** Current findings, offsets into `model.text`. */
  findings: Finding[];
  /** Warnings reported as wrong on this draft. */
  dismissed: Set<string>;
  /** After a pause: this exact draft may be sent once without another pause. */
  bypassText: string | null;
  timer: ReturnType<typeof setTimeout> | null;
  waitingSince: number | null;
  /** Who the conversation is with (as a key) and the standing notice it needs, if any. */
  notice: { key: string; kind: NoticeKind | null } | null;
}

let nextId = 0;

/** Made-up drafts touching each kind of recogniser, for warming the analyser up (never shown). */
const WARM_UP_DRAFTS = [
  'Thanks to everyone who came on Saturday.',
  'Ring Sam Example on 07700 900000 or write to sam@example.org',
  'Meet at 12 Example Road, Exampletown EX1 2MP at 6pm on Tuesday',
  'She is 9, in year 4 at St Example Primary, born 01/02/2017, ref AB123456C',
  'The family arrived from Example in March and live near the park with their three children.',
];

/** Heights (px) a card needs beside the composer: comfortable, and the least worth using. */
const ROOMY_CARD = 420;
const SMALL_CARD = 380;

export class ComposeGuard {
  private readonly tracked = new Map<HTMLElement, Tracked>();
  private readonly watcher: DomWatcher;
  private readonly health: HealthMonitor;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private dirty = new Set<Tracked>();
  private syncScheduled = false;
  private positionScheduled = false;
  private composing = false;
  private card: { view: CardView; tracked: Tracked } | null = null;
  /** A relationship click held, with its pause card; drawn over any composer card. */
  private connection: { view: CardView; control: Element } | null = null;
  /** The one click let through after "go ahead": the control it is for, during its dispatch only. */
  private connectionBypass: Element | null = null;
  private rendered: OverlayModel | null = null;

  constructor(private readonly deps: GuardDeps) {
    this.debounceMs = deps.debounceMs ?? 150;
    this.maxWaitMs = deps.maxWaitMs ?? 1000;
    const doc = deps.window.document;
    this.health = new HealthMonitor(deps.adapter.id, deps.report, () => this.watcher.scanSoon());
    this.watcher = createDomWatcher(doc, {
      isOwnNode: (n) => deps.overlay.isOwnNode(n),
      composerOf: (n) => this.composerElementOf(n),
      onScan: () => this.scan(),
      onEdited: (el) => this.markDirty(el),
      attributes: deps.adapter.watchedAttributes,
      shadowHosts: deps.adapter.shadowHosts,
      signal: deps.signal,
    });
    deps.signal.addEventListener('abort', () => this.health.dispose());
    deps.overlay.onMounted(() => {
      this.rendered = null;
      this.schedulePositions();
    });
  }

  /** Installs the send interceptor at once (document_start) and starts watching when the DOM exists. */
  start(): void {
    const { window: win, signal } = this.deps;
    installSendInterceptor(win, {
      composerInPath: (path) => this.composerInPath(path),
      composerForControl: (el) => this.composerForControl(el),
      isSendKey: (event, composer) => this.deps.adapter.isSendKey(event, composer),
      isOwnNode: (n) => this.deps.overlay.isOwnNode(n),
      decide: (attempt) => this.decide(attempt),
      signal,
    });
    // Relationship buttons: decided synchronously in the capture phase, so a click that is not
    // held reaches the page in the same task. Not passive: a held click is cancelled.
    const hold = { capture: true, signal } as const;
    win.addEventListener('click', (e) => this.onRelationshipEvent(e), hold);
    win.addEventListener('keydown', (e) => this.onRelationshipEvent(e), hold);
    const listen = { capture: true, passive: true, signal } as const;
    win.addEventListener('input', (e) => this.onInput(e), listen);
    win.addEventListener('compositionstart', () => (this.composing = true), listen);
    win.addEventListener('compositionend', (e) => {
      this.composing = false;
      this.onInput(e);
    }, listen);
    win.addEventListener('click', (e) => this.onComposerClick(e), listen);
    win.addEventListener('focusin', (e) => this.onFocusIn(e), listen);
    win.addEventListener('scroll', () => this.schedulePositions(), listen);
    win.addEventListener('resize', () => this.schedulePositions(), listen);
    const begin = () => this.watcher.start();
    if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', begin, { once: true, signal });
    else begin();
  }

  /** After an SPA navigation: look for composers again. */
  rescan(): void {
    this.watcher.scanSoon();
  }

  /** The profile changed: everything is analysed again, and the analyser is warmed up while the page is idle. */
  profileChanged(): void {
    for (const t of this.tracked.values()) {
      t.analysedText = null;
      t.notice = null;
      this.analyseSoon(t, 0);
    }
    this.refreshNotices();
    this.render();
    this.warmUp();
  }

  /**
   * The analyser's first run pays for compiling its patterns, building its word lists and loading
   * date data: tens of milliseconds. Pay it in idle time, a piece at a time, not on the first
   * keystrokes. The drafts are made up; their findings are thrown away.
   */
  private warmUp(): void {
    const win = this.deps.window as Window & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number };
    const idle = (cb: () => void) => (win.requestIdleCallback ? win.requestIdleCallback(cb, { timeout: 3000 }) : setTimeout(cb, 200));
    const pieces = [...WARM_UP_DRAFTS];
    const next = () => {
      const text = pieces.shift();
      if (text === undefined || this.deps.signal.aborted) return;
      try {
        this.deps.analyse({ text, platform: this.deps.adapter.id, surface: 'post', account: 'personal' }, this.deps.profile().compiled);
      } catch {
        // warming up only
      }
      idle(next);
    };
    idle(next);
  }

  /** The last status this page reported (the popup may ask the tab directly). */
  status(): TabStatus {
    return this.health.current();
  }

  // ── Finding composers ────────────────────────────────────────────────────────────────

  private scan(): void {
    const doc = this.deps.window.document;
    const found: Composer[] = [...this.deps.adapter.findComposers(doc)];
    for (const root of this.watcher.shadowRoots()) found.push(...this.deps.adapter.findComposers(root));
    const seen = new Set<HTMLElement>();
    for (const composer of found) {
      seen.add(composer.element);
      const existing = this.tracked.get(composer.element);
      if (existing) {
        existing.composer = composer;
        continue;
      }
      const t: Tracked = {
        id: `c${++nextId}`,
        composer,
        driver: editorFor(composer.editor),
        model: null,
        readable: true,
        analysedText: null,
        findings: [],
        dismissed: new Set(),
        bypassText: null,
        timer: null,
        waitingSince: null,
        notice: null,
      };
      this.tracked.set(composer.element, t);
      this.syncNow(t);
      this.analyseSoon(t, 0);
    }
    for (const [element, t] of this.tracked) {
      if (seen.has(element) && element.isConnected) continue;
      if (t.timer) clearTimeout(t.timer);
      this.tracked.delete(element);
      if (this.card?.tracked === t) this.card = null;
    }
    for (const t of this.tracked.values()) {
      const model = t.driver.read(t.composer.element);
      t.readable = model !== null;
    }
    if (this.connection && !this.connection.control.isConnected) this.connection = null;
    this.refreshNotices();
    this.checkHealth();
    this.render();
  }

  // ── Who a conversation is with; relationship buttons ─────────────────────────────────

  /**
   * Runs on every scan (one per frame at most, after any page change), so a conversation switch
   * that keeps the composer (a header re-rendered in place) is noticed too. The analyser is asked
   * only when what the page says about the recipient changed.
   */
  private refreshNotices(): void {
    const { compiled } = this.deps.profile();
    for (const t of this.tracked.values()) {
      if (t.composer.surface !== 'message') continue;
      const context = this.safeContext(t.composer);
      const key = recipientKey(context);
      if (t.notice?.key === key) continue;
      const before = t.notice?.kind;
      t.notice = { key, kind: noticeFor(this.deps.adapter, t.composer, context, this.deps.analyse, compiled) };
      // The recipient changed under the same composer: the draft's findings depend on it.
      if (before !== undefined && t.model && t.model.text.trim() !== '') {
        t.analysedText = null;
        this.analyseSoon(t, 0);
      }
    }
  }

  private onRelationshipEvent(event: MouseEvent | KeyboardEvent): void {
    const doc = this.deps.window.document;
    let path: readonly EventTarget[];
    if (event.type === 'keydown') {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
      // Focused role=button / menuitem controls act on Enter and Space; native buttons turn them into a click.
      const origin = event.composedPath()[0];
      if (!(origin instanceof Element) || origin.localName === 'button') return;
      path = [origin];
    } else {
      path = event.composedPath();
    }
    if (path.some((t) => this.deps.overlay.isOwnNode(t))) return;
    const control = controlInPath(path, doc);
    if (!control || control === this.connectionBypass) return;
    const decision = decideConnection(this.deps.adapter, control, doc, this.deps.analyse, this.deps.profile().compiled);
    if (!decision) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.deps.recordPause([decision.finding.rule]);
    this.openConnection(control, decision);
  }

  private openConnection(control: Element, { action, finding }: ConnectionDecision): void {
    const view: CardView = {
      kind: 'connection',
      at: this.anchorForRect(control.getBoundingClientRect()),
      rule: finding.rule,
      action,
      severity: finding.severity,
      onCancel: () => {
        if (this.connection?.control !== control) return;
        this.connection = null;
        this.render();
      },
      ...(finding.severity === 'warn' ? { onGoAhead: (reason: SendAnywayReason) => this.goAhead(control, finding, reason) } : {}),
    };
    this.connection = { view, control };
    this.render();
  }

  /** "Go ahead" with a reason: one click on the same control, let through once; never for block. */
  private goAhead(control: Element, finding: ConnectionDecision['finding'], reason: SendAnywayReason): void {
    if (this.connection?.control !== control || finding.severity === 'block') return;
    this.deps.recordFeedback({ kind: 'connected-anyway', rule: finding.rule, recogniser: finding.recogniser, platform: this.deps.adapter.id, reason });
    this.connection = null;
    this.render();
    if (!(control instanceof HTMLElement) || !control.isConnected) return;
    this.connectionBypass = control;
    try {
      control.click();
    } finally {
      this.connectionBypass = null;
    }
  }

  private checkHealth(): void {
    const doc = this.deps.window.document;
    const url = new URL(this.deps.window.location.href);
    this.health.update(
      judge({
        expectations: this.deps.adapter.expectations(doc, url),
        composers: [...this.tracked.values()].map((t) => ({ element: t.composer.element, kind: t.composer.kind, readable: t.readable })),
      }),
    );
  }

  private composerElementOf(node: Node): HTMLElement | null {
    for (const element of this.tracked.keys()) if (element === node || element.contains(node)) return element;
    return null;
  }

  private composerInPath(path: readonly EventTarget[]): Composer | null {
    for (const target of path) {
      if (target instanceof HTMLElement) {
        const t = this.tracked.get(target);
        if (t) return t.composer;
      }
    }
    return null;
  }

  private composerForControl(element: Element): Composer | null {
    for (const t of this.tracked.values()) if (this.deps.adapter.isSendControl(element, t.composer)) return t.composer;
    return null;
  }

  // ── Live checking ────────────────────────────────────────────────────────────────────

  private onInput(event: Event): void {
    const origin = event.composedPath()[0];
    if (!(origin instanceof Node)) return;
    const element = this.composerElementOf(origin);
    if (element) this.markDirty(element);
  }

  private onFocusIn(event: FocusEvent): void {
    // A focus inside a shadow root we do not watch yet (X Chat mounted late): look again.
    const origin = event.composedPath()[0];
    if (origin instanceof Node && origin.getRootNode() instanceof ShadowRoot && !this.deps.overlay.isOwnNode(event.target)) {
      if (!this.composerElementOf(origin)) this.watcher.scanSoon();
    }
  }

  private markDirty(element: HTMLElement): void {
    const t = this.tracked.get(element);
    if (!t) return;
    this.dirty.add(t);
    if (this.syncScheduled) return;
    this.syncScheduled = true;
    queueMicrotask(() => {
      this.syncScheduled = false;
      const batch = [...this.dirty];
      this.dirty.clear();
      for (const d of batch) this.syncNow(d);
    });
  }

  /** Reads the text after an edit, keeps marks on their words, and schedules the analyser. */
  private syncNow(t: Tracked): void {
    const model = t.driver.read(t.composer.element);
    const wasReadable = t.readable;
    t.readable = model !== null;
    if (!model) {
      t.model = null;
      t.findings = [];
      if (wasReadable) this.checkHealth();
      this.render();
      return;
    }
    if (!wasReadable) this.checkHealth();
    const before = t.model?.text;
    t.model = model;
    if (before !== model.text) {
      if (before !== undefined && t.findings.length > 0) t.findings = shiftFindings(t.findings, before, model.text);
      if (t.bypassText !== null && t.bypassText !== model.text) t.bypassText = null;
    }
    // Also after an IME composition: the text changed while analysis waited.
    if (model.text !== t.analysedText) this.analyseSoon(t);
    if (t.findings.length > 0 || before !== model.text) this.schedulePositions();
  }

  private analyseSoon(t: Tracked, delay = this.debounceMs): void {
    const now = performance.now();
    t.waitingSince ??= now;
    if (t.timer) clearTimeout(t.timer);
    // While typing goes on, look at least every maxWait so long drafts get marks as they grow.
    const wait = Math.max(0, Math.min(delay, this.maxWaitMs - (now - t.waitingSince)));
    t.timer = setTimeout(() => {
      t.timer = null;
      if (this.deps.signal.aborted || !this.tracked.has(t.composer.element)) return;
      if (this.composing) {
        // Never mid-composition: compositionend brings us back.
        return;
      }
      t.waitingSince = null;
      this.analyseNow(t);
      this.render();
    }, wait);
  }

  /** Analyses the current draft now; returns the findings, or null when the composer cannot be read. */
  private analyseNow(t: Tracked): Finding[] | null {
    const model = t.driver.read(t.composer.element);
    t.readable = model !== null;
    if (!model) {
      t.model = null;
      t.findings = [];
      this.checkHealth();
      return null;
    }
    t.model = model;
    if (model.text === t.analysedText) return t.findings;
    t.analysedText = model.text;
    if (model.text.trim() === '') {
      t.findings = [];
      return t.findings;
    }
    const { compiled, published } = this.deps.profile();
    const context = this.safeContext(t.composer);
    const input = analysisInputFor(model.text, t.composer, context, this.deps.adapter.id, published?.organisation);
    let findings: Finding[];
    try {
      findings = this.deps.analyse(input, compiled);
    } catch {
      findings = [];
    }
    t.findings = findings.filter((f) => !(f.severity === 'warn' && t.dismissed.has(findingKey(f, model.text))));
    this.schedulePositions();
    return t.findings;
  }

  private safeContext(composer: Composer): ComposerContext {
    try {
      return this.deps.adapter.readContext(composer);
    } catch {
      return {};
    }
  }

  // ── Pause at send ────────────────────────────────────────────────────────────────────

  private decide(attempt: SendAttempt): boolean {
    const t = this.tracked.get(attempt.composer.element);
    if (!t) return true;
    // Sending again while paused: look again at the draft as it is now.
    if (this.card?.tracked === t) this.card = null;
    const model = t.driver.read(t.composer.element);
    if (!model) {
      t.readable = false;
      this.checkHealth();
      this.openUnreadable(t, attempt.origin);
      return false;
    }
    if (t.bypassText !== null) {
      const allowed = t.bypassText === model.text;
      t.bypassText = null;
      if (allowed) return true;
    }
    if (model.text.trim() === '') return true;
    if (t.timer) clearTimeout(t.timer);
    t.timer = null;
    t.waitingSince = null;
    const findings = this.analyseNow(t) ?? [];
    if (findings.length === 0) {
      this.render();
      return true;
    }
    this.deps.recordPause(findings.map((f) => f.rule));
    this.openPause(t, findings, attempt.origin);
    return false;
  }

  private audienceFor(t: Tracked): Audience {
    return audienceOf(t.composer, this.safeContext(t.composer), this.deps.adapter.id, this.deps.profile().published?.organisation);
  }

  private openPause(t: Tracked, findings: Finding[], origin: SendOrigin): void {
    const basis = t.model?.text ?? '';
    const reliable = this.deps.adapter.canApplyFixes(t.composer);
    const fixable = fixesFor(findings).length > 0;
    const view: CardView = {
      kind: 'pause',
      at: this.anchorFor(t),
      findings,
      audience: this.audienceFor(t),
      canApplySafer: reliable && fixable,
      onEdit: () => void this.edit(t),
      onApplySafer: () => void this.applySaferFromPause(t, basis),
      onSendAnyway: (reason) => void this.sendAnyway(t, reason, origin),
      onReportWrong: (finding) => this.reportWrong(t, finding),
      ...(fixable && !reliable ? { onCopySafer: () => void this.copySafer(t) } : {}),
    };
    this.card = { view, tracked: t };
    this.render();
  }

  private openUnreadable(t: Tracked, origin: SendOrigin): void {
    this.card = {
      tracked: t,
      view: {
        kind: 'unreadable',
        at: this.anchorFor(t),
        onBack: () => {
          this.closeCard();
          t.composer.element.focus({ preventScroll: true });
        },
        onSendUnchecked: () => {
          this.closeCard();
          // Unreadable: there is no text to pin the bypass to, so the next send from this box goes.
          t.bypassText = null;
          this.resend(t, origin, true);
        },
      },
    };
    this.render();
  }

  private closeCard(): void {
    this.card = null;
    this.render();
  }

  private async edit(t: Tracked): Promise<void> {
    const first = this.card?.view.kind === 'pause' ? this.card.view.findings.find((f) => f.start !== undefined) : undefined;
    this.closeCard();
    const text = t.model?.text ?? '';
    const at = first?.start ?? text.length;
    await t.driver.select(t.composer.element, at, at);
  }

  private async applySaferFromPause(t: Tracked, basis: string): Promise<void> {
    const findings = this.card?.view.kind === 'pause' ? this.card.view.findings : t.findings;
    const ok = await this.applyFixesTo(t, findings, basis);
    if (!ok) {
      // The editor did not take the change: offer select and copy instead, on the same card.
      if (this.card?.tracked === t && this.card.view.kind === 'pause') {
        const { onApplySafer: _ignored, ...rest } = this.card.view;
        void _ignored;
        this.card = {
          tracked: t,
          view: { ...rest, onApplySafer: () => undefined, canApplySafer: false, onCopySafer: () => void this.copySafer(t) },
        };
        this.render();
      }
      return;
    }
    const remaining = this.analyseNow(t) ?? [];
    this.closeCard();
    // One action now sends as normal, unless something the policy blocks is still there.
    if (t.model && !remaining.some((f) => f.severity === 'block')) t.bypassText = t.model.text;
    const end = t.model?.text.length ?? 0;
    await t.driver.select(t.composer.element, end, end);
  }

  /**
   * Applies the safer wordings through the editor's input path; true when the page's editor holds
   * them. `basis` is the draft the findings' offsets refer to; if the person has typed since, the
   * same findings are looked up in a fresh analysis first.
   */
  private async applyFixesTo(t: Tracked, findings: readonly Finding[], basis: string): Promise<boolean> {
    const model = t.driver.read(t.composer.element);
    if (!model) return false;
    const current = this.sameFindingsNow(t, findings, basis, model.text);
    const fixes = fixesFor(current);
    if (fixes.length === 0) return false;
    const expected = applyFixes(model.text, fixes);
    for (const fix of fixes) {
      const ok = await t.driver.replace(t.composer.element, fix.start, fix.end, fix.text);
      if (!ok) return false;
    }
    const after = t.driver.read(t.composer.element);
    this.markDirty(t.composer.element);
    return after?.text === expected;
  }

  private sameFindingsNow(t: Tracked, findings: readonly Finding[], basis: string, text: string): readonly Finding[] {
    if (text === basis) return findings;
    const keys = new Set(findings.map((f) => findingKey(f, basis)));
    return (this.analyseNow(t) ?? []).filter((f) => keys.has(findingKey(f, text)));
  }

  private async sendAnyway(t: Tracked, reason: SendAnywayReason, origin: SendOrigin): Promise<void> {
    const view = this.card?.view;
    if (view?.kind !== 'pause') return;
    // A rule set to block offers no way past it, whatever the UI shows.
    if (view.findings.some((f) => f.severity === 'block')) return;
    for (const f of view.findings) {
      this.deps.recordFeedback({ kind: 'sent-anyway', rule: f.rule, recogniser: f.recogniser, platform: this.deps.adapter.id, reason });
    }
    this.closeCard();
    this.resend(t, origin, false);
  }

  private reportWrong(t: Tracked, finding: Finding): void {
    this.deps.recordFeedback({ kind: 'false-alarm', rule: finding.rule, recogniser: finding.recogniser, platform: this.deps.adapter.id });
    if (finding.severity === 'block') return; // reported, but a blocked rule stays blocked
    const text = t.model?.text ?? '';
    const key = findingKey(finding, text);
    t.dismissed.add(key);
    t.findings = t.findings.filter((f) => findingKey(f, text) !== key);
    const view = this.card?.view;
    if (this.card?.tracked === t && view?.kind === 'pause') {
      const left = view.findings.filter((f) => findingKey(f, text) !== key);
      if (left.length === 0) {
        this.closeCard();
        t.composer.element.focus({ preventScroll: true });
        return;
      }
      this.card = { tracked: t, view: { ...view, findings: left, canApplySafer: view.canApplySafer && fixesFor(left).length > 0 } };
    }
    this.render();
  }

  private async copySafer(t: Tracked): Promise<void> {
    const model = t.driver.read(t.composer.element);
    if (!model) return;
    const findings = this.card?.view.kind === 'pause' ? this.card.view.findings : t.findings;
    await this.deps.copyText(applyFixes(model.text, fixesFor(findings)));
  }

  /** Sends the draft as the person first tried to, letting exactly this draft through once. */
  private resend(t: Tracked, origin: SendOrigin, unchecked: boolean): void {
    const element = t.composer.element;
    const model = t.driver.read(element);
    if (!unchecked && model) t.bypassText = model.text;
    const once = unchecked ? this.oneUncheckedSend(t) : null;
    if (origin.kind === 'control') {
      const control = origin.control.isConnected ? origin.control : this.deps.adapter.findSendControl(t.composer);
      if (control) {
        control.click();
        once?.();
        return;
      }
    }
    if (origin.kind === 'submit' && origin.form.isConnected) {
      origin.form.requestSubmit();
      once?.();
      return;
    }
    element.focus({ preventScroll: true });
    const key = origin.kind === 'key' ? origin : { key: 'Enter', code: 'Enter', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
    const init: KeyboardEventInit = {
      key: key.key,
      code: key.code,
      keyCode: 13,
      which: 13,
      ctrlKey: key.ctrlKey,
      metaKey: key.metaKey,
      shiftKey: key.shiftKey,
      altKey: key.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    element.dispatchEvent(new KeyboardEvent('keydown', init));
    element.dispatchEvent(new KeyboardEvent('keyup', init));
    once?.();
  }

  /** For an unreadable composer: marks the next send as allowed by a flag instead of by text. */
  private oneUncheckedSend(t: Tracked): () => void {
    const element = t.composer.element;
    const previous = this.tracked.get(element);
    // The interceptor reads the composer; while it is unreadable decide() would hold again.
    // Untrack it for the duration of the synchronous resend, then let the next scan pick it up.
    this.tracked.delete(element);
    return () => {
      if (previous && !this.tracked.has(element)) this.tracked.set(element, previous);
    };
  }

  // ── Marks, badge and cards ───────────────────────────────────────────────────────────

  private onComposerClick(event: MouseEvent): void {
    if (this.deps.overlay.isOwnNode(event.target)) return;
    const origin = event.composedPath()[0];
    if (!(origin instanceof Node)) return;
    const element = this.composerElementOf(origin);
    if (!element) return;
    const t = this.tracked.get(element)!;
    if (t.findings.length === 0 || !t.model) return;
    const spanned = t.findings.filter((f): f is Finding & { start: number; end: number } => f.start !== undefined && f.end !== undefined);
    const measured = t.driver.rects(element, t.model, spanned.map((f) => [f.start, f.end] as const), this.deps.overlay.scratch());
    const hit = spanned.findIndex((_, i) =>
      (measured[i] ?? []).some((r) => event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top - 2 && event.clientY <= r.bottom + 2),
    );
    if (hit >= 0) this.openFinding(t, spanned[hit]!, false);
  }

  private openFinding(t: Tracked, finding: Finding, fromBadge: boolean): void {
    const reliable = this.deps.adapter.canApplyFixes(t.composer);
    const hasSpan = finding.start !== undefined && finding.end !== undefined;
    const fixable = hasSpan && fixesFor([finding]).length > 0;
    const text = t.model?.text ?? '';
    const view: CardView = {
      kind: 'finding',
      at: this.anchorFor(t),
      finding,
      autoFocus: fromBadge,
      ...(hasSpan ? { excerpt: text.slice(finding.start, finding.end) } : {}),
      onClose: () => this.closeCard(),
      ...(fixable && reliable
        ? {
            onApplySafer: () =>
              void this.applyFixesTo(t, [finding], text).then((ok) => {
                if (ok) this.closeCard();
                else this.openFindingFallback(t, finding, text);
              }),
          }
        : {}),
      ...(hasSpan && !reliable ? { onSelect: () => void this.selectFinding(t, finding, text) } : {}),
    };
    this.card = { view, tracked: t };
    this.render();
  }

  private openFindingFallback(t: Tracked, finding: Finding, basis: string): void {
    if (this.card?.tracked !== t || this.card.view.kind !== 'finding') return;
    const { onApplySafer: _drop, ...rest } = this.card.view;
    void _drop;
    this.card = { tracked: t, view: { ...rest, onSelect: () => void this.selectFinding(t, finding, basis) } };
    this.render();
  }

  private async selectFinding(t: Tracked, finding: Finding, basis: string): Promise<void> {
    const model = t.driver.read(t.composer.element);
    const now = model ? this.sameFindingsNow(t, [finding], basis, model.text)[0] : undefined;
    if (now?.start === undefined || now.end === undefined) return;
    await t.driver.select(t.composer.element, now.start, now.end);
  }


  private anchorFor(t: Tracked): Anchor {
    return this.anchorForRect(t.composer.element.getBoundingClientRect());
  }

  /** The standing notice sits just above the composer, as wide as it (within reason). */
  private noticeAnchor(t: Tracked): Anchor | null {
    const win = this.deps.window;
    const rect = t.composer.element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return null;
    const width = Math.max(240, Math.min(480, rect.width, win.innerWidth - 16));
    const left = Math.max(8, Math.min(rect.left, win.innerWidth - width - 8));
    return { left, bottom: win.innerHeight - rect.top + 12, maxWidth: width, maxHeight: Math.max(120, Math.min(260, rect.top - 16)) };
  }

  private anchorForRect(rect: DOMRect): Anchor {
    const win = this.deps.window;
    const width = Math.min(420, win.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, win.innerWidth - width - 8));
    const below = win.innerHeight - rect.bottom - 16;
    const above = rect.top - 16;
    // Beside the composer when a card fits there; otherwise over the page, using its full height.
    if (below >= ROOMY_CARD || (below >= above && below >= SMALL_CARD)) return { left, top: rect.bottom + 8, maxWidth: width, maxHeight: below };
    if (above >= SMALL_CARD) return { left, bottom: win.innerHeight - rect.top + 8, maxWidth: width, maxHeight: above };
    return { left, top: 8, maxWidth: width, maxHeight: win.innerHeight - 16 };
  }

  private schedulePositions(): void {
    if (this.positionScheduled) return;
    this.positionScheduled = true;
    const run = () => {
      if (!this.positionScheduled) return;
      this.positionScheduled = false;
      this.render();
    };
    // Measure after the frame's own layout (a task after the animation frame), so reading
    // positions never forces an extra layout of the page in the middle of typing.
    if (this.deps.window.document.visibilityState === 'hidden') setTimeout(run, 50);
    else this.deps.window.requestAnimationFrame(() => setTimeout(run, 0));
  }

  private render(): void {
    if (this.deps.signal.aborted) return;
    const marks: Mark[] = [];
    const badges: BadgeView[] = [];
    const scratch = this.deps.overlay.scratch();
    for (const t of this.tracked.values()) {
      if (!t.model || t.findings.length === 0 || !t.composer.element.isConnected) continue;
      const box = t.composer.element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const clip = visibleBox(t.composer.element, box);
      const spanned = t.findings.filter((f): f is Finding & { start: number; end: number } => f.start !== undefined && f.end !== undefined);
      const measured = t.driver.rects(t.composer.element, t.model, spanned.map((f) => [f.start, f.end] as const), scratch);
      spanned.forEach((f, i) => {
        const rects = (measured[i] ?? [])
          .map((r) => clipRect(r, clip))
          .filter((r): r is DOMRect => r !== null)
          .map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
        if (rects.length > 0) marks.push({ id: `${t.id}-${i}`, rects, severity: f.severity });
      });
      badges.push({
        id: t.id,
        left: Math.max(0, box.right - 4),
        top: Math.max(0, box.bottom - 4),
        count: t.findings.length,
        severity: t.findings.some((f) => f.severity === 'block') ? 'block' : 'warn',
        onOpen: () => {
          const first = t.findings[0];
          if (first) this.openFinding(t, first, true);
        },
      });
    }
    const notices: NoticeView[] = [];
    let messageComposers = false;
    for (const t of this.tracked.values()) {
      if (t.composer.surface === 'message' && t.composer.element.isConnected) messageComposers = true;
      if (!t.notice?.kind || !t.composer.element.isConnected) continue;
      const at = this.noticeAnchor(t);
      if (at) notices.push({ id: t.id, kind: t.notice.kind, at });
    }
    const { published, compiled } = this.deps.profile();
    let card = this.card?.view ?? null;
    if (card && this.card && this.card.tracked.composer.element.isConnected) {
      const at = this.anchorFor(this.card.tracked);
      if (!sameAnchor(at, card.at)) {
        card = { ...card, at } as CardView;
        this.card.view = card;
      }
    }
    if (this.connection) card = this.connection.view;
    const model: OverlayModel = {
      organisationName: published?.organisation.name ?? compiled.organisationName,
      ...(published?.organisation.safeguardingLead ? { safeguardingLead: published.organisation.safeguardingLead.name } : {}),
      marks,
      badges,
      card,
      notices,
    };
    // In every conversation, not only one with a child: whether our host is in the page must not
    // tell the page who the conversation is with. Mounted before a notice is needed, so a
    // conversation switch only has to render.
    const wanted = marks.length > 0 || badges.length > 0 || card || notices.length > 0 || messageComposers;
    if (this.rendered && sameOverlay(this.rendered, model)) {
      if (wanted) this.deps.overlay.ensureMounted();
      return;
    }
    this.rendered = model;
    if (wanted) this.deps.overlay.ensureMounted();
    this.deps.overlay.render(model);
  }
}

function visibleBox(element: HTMLElement, box: DOMRect): DOMRect {
  // Editors scroll inside a bounded box: marks outside it would float over other content.
  let left = box.left;
  let top = box.top;
  let right = box.right;
  let bottom = box.bottom;
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (!style || (style.overflowY === 'visible' && style.overflowX === 'visible')) continue;
    const r = node.getBoundingClientRect();
    left = Math.max(left, r.left);
    top = Math.max(top, r.top);
    right = Math.min(right, r.right);
    bottom = Math.min(bottom, r.bottom);
  }
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

function clipRect(r: DOMRect, clip: DOMRect): DOMRect | null {
  const left = Math.max(r.left, clip.left);
  const top = Math.max(r.top, clip.top - 1);
  const right = Math.min(r.right, clip.right);
  const bottom = Math.min(r.bottom, clip.bottom + 1);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}

function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.left === b.left && a.top === b.top && a.bottom === b.bottom && a.maxWidth === b.maxWidth && a.maxHeight === b.maxHeight;
}

function sameOverlay(a: OverlayModel, b: OverlayModel): boolean {
  if (a.card !== b.card || a.organisationName !== b.organisationName || a.safeguardingLead !== b.safeguardingLead) return false;
  if (a.marks.length !== b.marks.length || a.badges.length !== b.badges.length || a.notices.length !== b.notices.length) return false;
  for (let i = 0; i < a.notices.length; i++) {
    const x = a.notices[i]!;
    const y = b.notices[i]!;
    if (x.id !== y.id || x.kind !== y.kind || !sameAnchor(x.at, y.at)) return false;
  }
  for (let i = 0; i < a.badges.length; i++) {
    const x = a.badges[i]!;
    const y = b.badges[i]!;
    if (x.id !== y.id || x.left !== y.left || x.top !== y.top || x.count !== y.count || x.severity !== y.severity) return false;
  }
  for (let i = 0; i < a.marks.length; i++) {
    const x = a.marks[i]!;
    const y = b.marks[i]!;
    if (x.id !== y.id || x.severity !== y.severity || x.rects.length !== y.rects.length) return false;
    for (let j = 0; j < x.rects.length; j++) {
      const p = x.rects[j]!;
      const q = y.rects[j]!;
      if (p.left !== q.left || p.top !== q.top || p.width !== q.width || p.height !== q.height) return false;
    }
  }
  return true;
}
