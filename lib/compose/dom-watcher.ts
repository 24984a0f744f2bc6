/**
 * One page-wide watcher: a single MutationObserver on the document (and on each open shadow root
 * that may hold composers, such as X Chat's), batched to one scan per frame.
 *
 *   mutations ──► inside a tracked composer? ──yes──► onEdited(composer)   (text changed)
 *                          │ no
 *                          ▼
 *              only our own host? ──yes──► ignored
 *                          │ no
 *                          ▼
 *                 scan on the next frame ──► onScan()
 *
 * The observer does not see into shadow roots, and `attachShadow` on an existing host makes no
 * mutation (site-dom.md §2.3), so hosts listed by the adapter are re-checked until their root
 * appears, and each root found is observed with the same observer.
 */
export interface DomWatcherOptions {
  /** Our own overlay host: its insertion and removal are not page changes. */
  isOwnNode(node: Node): boolean;
  /** The tracked composer element containing `node`, if any. */
  composerOf(node: Node): HTMLElement | null;
  onScan(): void;
  onEdited(composer: HTMLElement): void;
  /** Attributes the adapter's selectors read: a composer renamed in place must trigger a scan. */
  attributes: readonly string[];
  /** Selectors of hosts whose open shadow roots may hold composers. */
  shadowHosts: readonly string[];
  signal: AbortSignal;
}

export interface DomWatcher {
  /** Starts observing `document` (call once the document element exists). */
  start(): void;
  /** Asks for a scan on the next frame (navigation, focus in an unknown root). */
  scanSoon(): void;
  /** Open shadow roots currently observed. */
  shadowRoots(): ShadowRoot[];
}

const SHADOW_POLL_MS = 250;
const SHADOW_POLL_LIMIT = 40;

export function createDomWatcher(doc: Document, options: DomWatcherOptions): DomWatcher {
  const observed = new Set<ShadowRoot>();
  const polling = new WeakSet<Element>();
  let scheduled = false;
  let started = false;

  const observerOptions: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: options.attributes.length > 0,
    ...(options.attributes.length > 0 ? { attributeFilter: [...options.attributes] } : {}),
  };

  const observer = new MutationObserver((records) => {
    let needScan = false;
    let lastComposer: HTMLElement | null = null;
    for (const record of records) {
      const target = record.target;
      // Cheap path first: typing mutates the composer over and over.
      if (lastComposer && lastComposer.contains(target)) continue;
      const composer = options.composerOf(target);
      if (composer) {
        // An attribute change on the composer itself may be a rename: rescan as well.
        if (record.type === 'attributes' && target === composer) needScan = true;
        if (composer !== lastComposer) options.onEdited(composer);
        lastComposer = composer;
        continue;
      }
      if (needScan) continue;
      if (record.type === 'childList' && onlyOwn(record)) continue;
      if (record.type === 'characterData') continue;
      needScan = true;
    }
    if (needScan) scanSoon();
  });

  function onlyOwn(record: MutationRecord): boolean {
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return nodes.length > 0 && nodes.every((n) => options.isOwnNode(n));
  }

  function scanSoon(): void {
    if (scheduled || options.signal.aborted) return;
    scheduled = true;
    const run = () => {
      if (!scheduled) return;
      scheduled = false;
      if (options.signal.aborted) return;
      checkShadowHosts();
      options.onScan();
    };
    // Hidden tabs get no animation frames; a short timeout keeps health checks honest there.
    if (doc.visibilityState === 'hidden') setTimeout(run, 50);
    else {
      requestAnimationFrame(run);
      setTimeout(run, 200);
    }
  }

  function observeRoot(root: ShadowRoot): void {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, observerOptions);
  }

  function checkShadowHosts(): void {
    if (options.shadowHosts.length === 0) return;
    const selector = options.shadowHosts.join(',');
    for (const host of Array.from(doc.querySelectorAll(selector))) {
      if (host.shadowRoot) observeRoot(host.shadowRoot);
      else pollForRoot(host);
    }
  }

  function pollForRoot(host: Element): void {
    if (polling.has(host)) return;
    polling.add(host);
    let tries = 0;
    const tick = () => {
      if (options.signal.aborted || !host.isConnected) return polling.delete(host);
      if (host.shadowRoot) {
        polling.delete(host);
        observeRoot(host.shadowRoot);
        scanSoon();
        return;
      }
      if (++tries < SHADOW_POLL_LIMIT) setTimeout(tick, SHADOW_POLL_MS);
      else polling.delete(host);
    };
    setTimeout(tick, SHADOW_POLL_MS);
  }

  options.signal.addEventListener('abort', () => observer.disconnect());

  return {
    start() {
      if (started || options.signal.aborted) return;
      started = true;
      observer.observe(doc.documentElement, observerOptions);
      scanSoon();
    },
    scanSoon,
    shadowRoots: () => [...observed].filter((root) => root.host.isConnected),
  };
}
