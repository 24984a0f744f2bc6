import { useEffect, useState } from 'react';
import { hasSourceVault } from '../../lib/storage/source-store';
import { t } from '../ui/i18n';
import { Logo } from '../ui/logo';
import { ManagerView } from './manager-view';
import { MemberView } from './member-view';

type Route = 'member' | 'manager';

function routeFromHash(hash: string): Route | undefined {
  if (hash.startsWith('#manager')) return 'manager';
  if (hash.startsWith('#member')) return 'member';
  return undefined;
}

/**
 * The options page. Two audiences, two views: "This browser" for everyone (install the
 * organisation's profile, choose the account kind) and "Organisation profile" for the manager
 * who keeps the register (encrypted, on this device only).
 */
export function OptionsApp({ iterations }: { iterations?: number } = {}) {
  const [route, setRoute] = useState<Route | undefined>(() => routeFromHash(location.hash));
  const [visited, setVisited] = useState<ReadonlySet<Route>>(new Set());
  useEffect(() => {
    if (route && !visited.has(route)) setVisited(new Set([...visited, route]));
  }, [route, visited]);

  useEffect(() => {
    if (route) return;
    // No address given: managers who keep a profile here land on it, everyone else on their own view.
    void hasSourceVault().then((has) => setRoute(has ? 'manager' : 'member'));
  }, [route]);

  useEffect(() => {
    const onHash = () => {
      const next = routeFromHash(location.hash);
      if (next) setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    document.title = `${t(route === 'manager' ? 'options_nav_manager' : 'options_nav_member')} – ${t('extensionName')}`;
  }, [route]);

  return (
    <>
      <a className="sl-skip-link" href="#sl-main">
        {t('options_skip')}
      </a>
      <div className="sl-page">
        <header className="sl-header">
          <Logo />
          <p className="sl-header__title">{t('extensionName')}</p>
          <nav className="sl-header__nav" aria-label={t('options_nav_label')}>
            <a href="#member" aria-current={route === 'member' ? 'page' : undefined} onClick={() => setRoute('member')}>
              {t('options_nav_member')}
            </a>
            <a href="#manager" aria-current={route === 'manager' ? 'page' : undefined} onClick={() => setRoute('manager')}>
              {t('options_nav_manager')}
            </a>
          </nav>
        </header>
        <main id="sl-main" tabIndex={-1}>
          <h1 className={route === 'manager' ? 'sl-visually-hidden' : undefined}>
            {t(route === 'manager' ? 'options_nav_manager' : 'options_nav_member')}
          </h1>
          {/* Once opened, a view stays mounted (hidden) so an unlocked profile is not locked by a look at the other view. */}
          {visited.has('member') ? (
            <div hidden={route !== 'member'}>
              <MemberView />
            </div>
          ) : null}
          {visited.has('manager') ? (
            <div hidden={route !== 'manager'}>
              <ManagerView iterations={iterations} />
            </div>
          ) : null}
          {!route ? <p role="status">{t('options_loading')}</p> : null}
        </main>
      </div>
    </>
  );
}
