/**
 * Single-page navigation as the real sites do it: history.pushState with no reload, so the
 * extension has to notice URL changes itself (WXT's `wxt:locationchange`, popstate, polling).
 */
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', notify);

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): string {
  return location.pathname + location.search;
}

/** The current path and query, re-rendering on every navigation. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

/** Query parameters read once at page load: locale and test switches persist across in-app navigation. */
export const initialQuery = new URLSearchParams(location.search);

/** A click on a same-origin link navigates in-page unless a modifier asks for a new tab. */
export function onLinkClick(event: { preventDefault(): void; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; button: number }, to: string): void {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(to);
}

/** A tiny external store: a value plus subscribers, for state shared across routes and React roots. */
export function createStore<T>(initial: T) {
  let value = initial;
  const subscribers = new Set<() => void>();
  return {
    get: () => value,
    set(next: T | ((previous: T) => T)): void {
      value = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
      for (const s of subscribers) s();
    },
    subscribe(listener: () => void): () => void {
      subscribers.add(listener);
      return () => subscribers.delete(listener);
    },
  };
}

export function useStore<T>(store: { get(): T; subscribe(listener: () => void): () => void }): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
