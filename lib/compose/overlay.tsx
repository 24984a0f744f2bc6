/**
 * The overlay: one shadow root per page (closed; open only in `--mode e2e` builds so tests can
 * use ordinary locators), appended to <body>, holding a fixed layer at the viewport's origin.
 * Marks, badge and cards render inside it from the guard's OverlayModel. The host element is the
 * only thing added to the page; it carries no attribute, text or title about what was found and
 * looks the same whether or not anything was.
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { StrictMode, useSyncExternalStore, type CSSProperties, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Badge, ConnectionPauseCard, ContactNotice, FindingCard, MarksLayer, PauseCard } from '../../components/guard';
import { EMPTY_OVERLAY, type Anchor, type CardView, type OverlayModel, type OverlayPort } from './overlay-model';
import { UnreadableCard } from './unreadable-card';

export const OVERLAY_HOST = 'second-look-guard';

/** Events that stop at our shadow root, so the page's own bubbling handlers never see our cards. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input', 'beforeinput', 'paste', 'copy', 'focusin', 'focusout'];

export function createOverlay(ctx: ContentScriptContext, mode: 'open' | 'closed'): OverlayPort {
  let model: OverlayModel = EMPTY_OVERLAY;
  const listeners = new Set<() => void>();
  const store = {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => model,
  };
  let host: HTMLElement | null = null;
  let scratch: HTMLElement | null = null;
  let ui: Awaited<ReturnType<typeof createShadowRootUi<Root>>> | null = null;
  let creating = false;
  let wanted = false;
  const mountedCallbacks: Array<() => void> = [];

  const mount = () => {
    if (!ui || ctx.isInvalid) return;
    if (host?.isConnected) return;
    if (!document.body) return;
    ui.mount();
  };

  const create = async () => {
    if (creating || ui) return;
    creating = true;
    ui = await createShadowRootUi<Root>(ctx, {
      name: OVERLAY_HOST,
      mode,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: ISOLATED_EVENTS,
      onMount(container, _shadow, shadowHost) {
        host = shadowHost;
        const root = createRoot(container);
        root.render(
          <StrictMode>
            <OverlayApp
              store={store}
              scratchRef={(el) => {
                scratch = el;
                if (el) for (const callback of mountedCallbacks) callback();
              }}
            />
          </StrictMode>,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
        scratch = null;
      },
    });
    host = ui.shadowHost;
    if (wanted) mount();
  };

  return {
    render(next) {
      model = next;
      for (const l of listeners) l();
    },
    scratch: () => (scratch?.isConnected ? scratch : null),
    isOwnNode: (node) => node !== null && node === host,
    ensureMounted() {
      wanted = true;
      if (!ui) void create();
      else mount();
    },
    onMounted(callback) {
      mountedCallbacks.push(callback);
    },
  };
}

const LAYER: CSSProperties = { position: 'fixed', left: 0, top: 0, width: 0, height: 0, overflow: 'visible', zIndex: 2147483647, pointerEvents: 'none' };
const SCRATCH: CSSProperties = { position: 'fixed', left: 0, top: 0, width: 0, height: 0, overflow: 'hidden', visibility: 'hidden', pointerEvents: 'none' };

function OverlayApp({ store, scratchRef }: { store: { subscribe(l: () => void): () => void; get(): OverlayModel }; scratchRef(el: HTMLDivElement | null): void }) {
  const model = useSyncExternalStore(store.subscribe, store.get);
  return (
    <div style={LAYER}>
      <MarksLayer marks={model.marks} />
      {model.badges.map((badge) => (
        <div
          key={badge.id}
          style={{ position: 'absolute', left: badge.left, top: badge.top, transform: 'translate(-100%, -100%)', pointerEvents: 'auto' }}
        >
          <Badge count={badge.count} severity={badge.severity} onOpen={badge.onOpen} />
        </div>
      ))}
      {model.notices.map((notice) => (
        <Placed key={notice.id} at={notice.at}>
          <ContactNotice
            kind={notice.kind}
            organisationName={model.organisationName}
            {...(model.safeguardingLead ? { safeguardingLead: model.safeguardingLead } : {})}
          />
        </Placed>
      ))}
      {model.card ? <Placed at={model.card.at}>{renderCard(model.card, model)}</Placed> : null}
      <div ref={scratchRef} style={SCRATCH} />
    </div>
  );
}

function Placed({ at, children }: { at: Anchor; children: ReactNode }) {
  const style: CSSProperties = {
    position: 'fixed',
    left: at.left,
    width: at.maxWidth,
    maxHeight: at.maxHeight,
    overflowY: 'auto',
    pointerEvents: 'auto',
    ...(at.top !== undefined ? { top: at.top } : { bottom: at.bottom }),
  };
  return <div style={style}>{children}</div>;
}

function renderCard(card: CardView, model: OverlayModel): ReactNode {
  switch (card.kind) {
    case 'finding':
      return (
        <FindingCard
          key="finding"
          finding={card.finding}
          organisationName={model.organisationName}
          onClose={card.onClose}
          autoFocus={card.autoFocus}
          {...(card.excerpt !== undefined ? { excerpt: card.excerpt } : {})}
          {...(card.onApplySafer ? { onApplySafer: card.onApplySafer } : {})}
          {...(card.onSelect ? { onSelect: card.onSelect } : {})}
        />
      );
    case 'pause':
      return (
        <PauseCard
          key="pause"
          findings={card.findings}
          audience={card.audience}
          organisationName={model.organisationName}
          canApplySafer={card.canApplySafer}
          onEdit={card.onEdit}
          onApplySafer={card.onApplySafer}
          onSendAnyway={card.onSendAnyway}
          onReportWrong={card.onReportWrong}
          {...(card.onCopySafer ? { onCopySafer: card.onCopySafer } : {})}
          {...(model.safeguardingLead ? { safeguardingLead: model.safeguardingLead } : {})}
        />
      );
    case 'connection':
      return (
        <ConnectionPauseCard
          key="connection"
          rule={card.rule}
          action={card.action}
          severity={card.severity}
          organisationName={model.organisationName}
          onCancel={card.onCancel}
          {...(card.onGoAhead ? { onGoAhead: card.onGoAhead } : {})}
          {...(model.safeguardingLead ? { safeguardingLead: model.safeguardingLead } : {})}
        />
      );
    case 'unreadable':
      return <UnreadableCard key="unreadable" onBack={card.onBack} onSendUnchecked={card.onSendUnchecked} />;
  }
}
