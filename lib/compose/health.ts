/**
 * Fail loud. The adapter says where the page promises a composer (a route, a chat footer, a send
 * button); the guard says which composers it found and whether it could read them. If a promised
 * composer is missing for longer than a page takes to mount one, or a found one cannot be read,
 * the page is "not protecting: it has changed", and the toolbar badge and popup say so.
 */
import type { Expectation } from '../adapters/types';
import type { TabStatus } from '../messaging/tab-status';
import type { AdapterId } from '../adapters/types';

/** How long a promised composer may take to appear (SPAs mount the editor after its frame). */
export const GRACE_MS = 3000;

export interface HealthInput {
  expectations: Expectation[];
  composers: readonly { element: HTMLElement; kind: string; readable: boolean }[];
}

export interface HealthVerdict {
  ok: boolean;
  /** What is missing or unreadable (composer kinds), for the report. Never page text. */
  problems: string[];
  unreadable: boolean;
}

export function judge(input: HealthInput): HealthVerdict {
  const problems: string[] = [];
  let unreadable = false;
  for (const c of input.composers) {
    if (!c.readable) {
      unreadable = true;
      problems.push('unreadable');
    }
  }
  for (const e of input.expectations) {
    const within = e.within;
    const met = input.composers.some(
      (c) => e.kinds.includes(c.kind) && (within === null || within === c.element || containsAcrossShadow(within, c.element)),
    );
    if (!met) problems.push(e.kinds[0] ?? 'composer');
  }
  return { ok: problems.length === 0, problems: [...new Set(problems)], unreadable };
}

/** Whether `node` is inside `container`, counting shadow roots hosted inside it. */
function containsAcrossShadow(container: Node, node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === container) return true;
    const root: Node = current.getRootNode();
    if (root instanceof ShadowRoot) current = root.host;
    else return container.contains(current);
  }
  return false;
}

/**
 * Turns verdicts over time into reports: a missing composer is reported after the grace period,
 * an unreadable one at once; recovery is reported at once. Only changes are sent.
 */
export class HealthMonitor {
  private since: number | null = null;
  private last: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly adapter: AdapterId,
    private readonly report: (status: TabStatus) => void,
    private readonly recheck: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  update(verdict: HealthVerdict): void {
    if (verdict.ok) {
      this.since = null;
      this.clearTimer();
      this.emit({ adapter: this.adapter, state: 'protecting' });
      return;
    }
    if (verdict.unreadable) {
      this.emit({ adapter: this.adapter, state: 'not-protecting', reason: 'changed', problems: verdict.problems });
      return;
    }
    const now = this.now();
    this.since ??= now;
    if (now - this.since >= GRACE_MS) {
      this.emit({ adapter: this.adapter, state: 'not-protecting', reason: 'changed', problems: verdict.problems });
    } else if (!this.timer) {
      // Look again when the grace period ends, even if the page stays quiet.
      this.timer = setTimeout(() => {
        this.timer = null;
        this.recheck();
      }, GRACE_MS - (now - this.since) + 50);
      if (this.last === null) this.emit({ adapter: this.adapter, state: 'protecting' });
    }
  }

  /** The last status sent (for the popup asking the tab directly). */
  current(): TabStatus {
    return this.last ? (JSON.parse(this.last) as TabStatus) : { adapter: this.adapter, state: 'protecting' };
  }

  dispose(): void {
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private emit(status: TabStatus): void {
    const key = JSON.stringify(status);
    if (key === this.last) return;
    this.last = key;
    this.report(status);
  }
}
