/**
 * www.facebook.com replica: feed with post dialog, comments and replies, docked Messenger
 * pop-up, full-page Messenger threads, profiles with relationship buttons, friend requests.
 * `?locale=pt` switches every label to Portuguese; `?flow=next` uses the Next → Post settings flow;
 * `?chat=<username>|none` picks the docked pop-up.
 */
import { createRoot } from 'react-dom/client';
import { sx } from '../shared/atomic';
import { installReplicaApi } from '../shared/replica-api';
import { navigate, useLocation } from '../shared/router';
import { locale, ME, t, threads } from './data';
import { Feed } from './feed';
import { ChatPopup, MessengerPage } from './messenger';
import { FriendRequestsPage, ProfilePage } from './profile';
import { colours, Link, RoleButton } from './ui';
import { ChatBubbleIcon } from '../shared/icons';

function Banner() {
  return (
    <div
      role="banner"
      className={sx({
        position: 'sticky',
        top: 0,
        height: 56,
        background: '#fff',
        display: 'flex',
        alignItems: 'center',
        gap: 16,
        padding: '0 16px',
        boxShadow: '0 1px 2px rgba(0,0,0,0.1)',
        zIndex: 4,
      })}
    >
      <Link to="/" label="Facebook" style={{ color: colours.blue, fontSize: 28, fontWeight: 800 }}>
        f
      </Link>
      <div role="navigation" aria-label="Facebook" className={sx({ display: 'flex', gap: 16, flex: 1, justifyContent: 'center' })}>
        <Link to="/" label="Home">
          Home
        </Link>
        <Link to="/friends/requests" label={t.friends}>
          {t.friends}
        </Link>
      </div>
      <RoleButton label="Messenger" onPress={() => navigate(`/messages/t/${threads.get()[0]!.id}`)}>
        <ChatBubbleIcon />
      </RoleButton>
      <Link to={`/${ME.username}`} label="Your profile">
        {ME.first}
      </Link>
    </div>
  );
}

function Routes() {
  const { pathname } = useLocation();
  const thread = /^\/messages(\/e2ee)?\/t\/([^/]+)\/?$/.exec(pathname);
  if (thread || /^\/messages\/?(t\/?)?$/.test(pathname)) {
    document.title = 'Messenger | Facebook';
    return <MessengerPage threadId={thread?.[2] ?? null} encrypted={Boolean(thread?.[1])} />;
  }
  let page;
  if (pathname === '/' || pathname === '') {
    document.title = 'Facebook';
    page = <Feed />;
  } else if (/^\/friends(\/requests)?\/?$/.test(pathname)) {
    page = <FriendRequestsPage />;
  } else {
    page = <ProfilePage key={pathname} username={decodeURIComponent(pathname.split('/')[1] ?? '')} />;
  }
  return (
    <>
      {page}
      <ChatPopup />
    </>
  );
}

function App() {
  return (
    <div className={sx({ minHeight: '100vh', background: colours.page, color: colours.text, fontFamily: 'system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif' })}>
      <Banner />
      <Routes />
    </div>
  );
}

document.documentElement.lang = locale;
installReplicaApi('facebook');
createRoot(document.getElementById('mount_0_0_Xy')!).render(<App />);
