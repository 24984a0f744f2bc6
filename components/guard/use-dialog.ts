import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'button:not([disabled]):not([hidden]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The focused element as seen from `node`'s own root: inside our closed shadow root the document only sees the host. */
export function activeElementFor(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  let active = root.activeElement ?? (node.ownerDocument ?? document).activeElement;
  // Follow the page's open shadow roots down to the real composer.
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function isVisible(element: HTMLElement): boolean {
  return !element.closest('[hidden]');
}

type Options = {
  /** Where focus goes when the dialog opens ('container' = the dialog itself); nothing moves when absent. */
  initialFocus?: RefObject<HTMLElement | null> | 'container';
  onEscape(): void;
  /** Keep Tab inside the dialog (modal pause cards); a finding card lets focus leave. */
  trapFocus?: boolean;
};

/**
 * Keyboard behaviour shared by the cards: focus moves in when the card opens, Escape takes the
 * calm way out (Edit / Cancel / Close), Tab stays inside a modal card, and when the card goes
 * away with focus inside it, focus returns to where the person was, unless the guard has
 * already put it somewhere on purpose (for example the flagged words in the composer after Edit).
 */
export function useDialog<T extends HTMLElement>({ initialFocus, onEscape, trapFocus = false }: Options) {
  const containerRef = useRef<T | null>(null);
  const onEscapeRef = useRef(onEscape);
  useLayoutEffect(() => {
    onEscapeRef.current = onEscape;
  });

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const previous = activeElementFor(container);
    const target = initialFocus === 'container' ? container : initialFocus?.current;
    target?.focus({ preventScroll: true });
    return () => {
      // Layout clean-up runs before React detaches the card, so focus is still inside it here.
      const now = activeElementFor(container);
      const host = (container.getRootNode() as ShadowRoot).host as Element | undefined;
      const dropped = now === null || now === container.ownerDocument.body || now === host || container.contains(now);
      if (dropped && previous instanceof HTMLElement && previous.isConnected && !container.contains(previous)) {
        previous.focus({ preventScroll: true });
      }
    };
    // Focus moves once, when the card opens; later renders must not pull focus back.
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<T>) => {
      if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
        event.preventDefault();
        event.stopPropagation();
        onEscapeRef.current();
        return;
      }
      if (!trapFocus || event.key !== 'Tab' || !containerRef.current) return;
      const items = [...containerRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(isVisible);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      const active = activeElementFor(containerRef.current);
      if (event.shiftKey && (active === first || !containerRef.current.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !containerRef.current.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    },
    [trapFocus],
  );

  return { containerRef, onKeyDown };
}
