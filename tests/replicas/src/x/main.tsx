/**
 * x.com replica: /home inline composer, /compose/post modal in #layers, /<handle>/status/<id>
 * reply box, /<handle> profiles with follow/unfollow and Message, /i/chat/<id> XChat in a late
 * open shadow root. `?locale=pt` switches labels to Portuguese (data-testids never change).
 */
import 'draft-js/dist/Draft.css';
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { noise, sx } from '../shared/atomic';
import { installReplicaApi, recordAction } from '../shared/replica-api';
import { navigate, onLinkClick, useLocation, useStore } from '../shared/router';
import { DraftComposer } from './composer';
import { ensureConversation, findUser, locale, ME, nextId, setFollowing, t, timeline, users, type Tweet, type XUser } from './data';
import { XChatRoute } from './xchat';

const colours = { text: '#0f1419', muted: '#536471', line: '#eff3f4', blue: '#1d9bf0' };

function Link(props: { to: string; testId?: string; label?: string; children: ReactNode }) {
  return (
    <a href={props.to} role="link" data-testid={props.testId} aria-label={props.label} onClick={(event) => onLinkClick(event, props.to)} className={sx({ color: 'inherit', textDecoration: 'none' })}>
      {props.children}
    </a>
  );
}

function Avatar(props: { size?: number }) {
  const size = props.size ?? 40;
  return <div aria-hidden="true" className={sx({ width: size, height: size, borderRadius: 9999, background: '#cfd9de', flexShrink: 0 })} />;
}

function PillButton(props: { testId?: string; label?: string; dark?: boolean; onClick(): void; children: ReactNode }) {
  return (
    <button
      type="button"
      role="button"
      data-testid={props.testId}
      aria-label={props.label}
      onClick={props.onClick}
      className={`${noise(props.testId ?? 'pill')} ${sx({
        borderRadius: 9999,
        height: 36,
        padding: '0 16px',
        fontWeight: 700,
        fontSize: 15,
        cursor: 'pointer',
        border: props.dark ? 'none' : '1px solid #cfd9de',
        background: props.dark ? colours.text : '#fff',
        color: props.dark ? '#fff' : colours.text,
      })}`}
    >
      <div dir="ltr">
        <span>
          <span>{props.children}</span>
        </span>
      </div>
    </button>
  );
}

function TweetArticle(props: { tweet: Tweet }) {
  const author = findUser(props.tweet.handle);
  return (
    <article
      data-testid="tweet"
      role="article"
      tabIndex={0}
      onClick={(event) => {
        if (!(event.target as Element).closest('a')) navigate(`/${props.tweet.handle}/status/${props.tweet.id}`);
      }}
      className={sx({ display: 'flex', gap: 12, padding: '12px 16px', borderBottom: `1px solid ${colours.line}`, cursor: 'pointer' })}
    >
      <Avatar />
      <div>
        <div data-testid="User-Name" className={sx({ display: 'flex', gap: 4 })}>
          <Link to={`/${props.tweet.handle}`}>
            <span className={sx({ fontWeight: 700 })}>{author?.name ?? props.tweet.handle}</span>
          </Link>
          <Link to={`/${props.tweet.handle}`}>
            <span className={sx({ color: colours.muted })}>@{props.tweet.handle}</span>
          </Link>
        </div>
        <div data-testid="tweetText" dir="auto" className={sx({ whiteSpace: 'pre-wrap' })}>
          <span>{props.tweet.text}</span>
        </div>
      </div>
    </article>
  );
}

function Home() {
  const tweets = useStore(timeline);
  document.title = 'Home / X';
  return (
    <>
      <h2 className={sx({ fontSize: 20, padding: '12px 16px', margin: 0, borderBottom: `1px solid ${colours.line}` })}>{t.home}</h2>
      <div className={sx({ display: 'flex', gap: 12, padding: '12px 16px', borderBottom: `1px solid ${colours.line}` })}>
        <Avatar />
        <DraftComposer
          surface="x-post"
          buttonTestId="tweetButtonInline"
          buttonText={t.post}
          placeholder={t.whatsHappening}
          onPosted={(text) => timeline.set((all) => [{ id: nextId(), handle: ME.handle, text }, ...all])}
        />
      </div>
      <section aria-label="Timeline: Your Home Timeline" role="region">
        {tweets.map((tweet) => (
          <TweetArticle key={tweet.id} tweet={tweet} />
        ))}
      </section>
    </>
  );
}

function ComposeModal() {
  return createPortal(
    <div className={sx({ position: 'fixed', inset: 0, background: 'rgba(0,0,0,0.4)', display: 'flex', justifyContent: 'center', paddingTop: 48, zIndex: 10 })}>
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className={sx({ background: '#fff', borderRadius: 16, width: 600, height: 'fit-content', padding: 16 })}>
        <h2 id="modal-header" className={sx({ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' })}>
          {t.post}
        </h2>
        <button type="button" data-testid="app-bar-close" aria-label={t.close} onClick={() => navigate('/home')} className={sx({ border: 'none', background: 'transparent', fontSize: 18, cursor: 'pointer' })}>
          ✕
        </button>
        <div className={sx({ display: 'flex', gap: 12 })}>
          <Avatar />
          <DraftComposer
            surface="x-compose"
            buttonTestId="tweetButton"
            buttonText={t.post}
            placeholder={t.whatsHappening}
            autoFocus
            onPosted={(text) => {
              timeline.set((all) => [{ id: nextId(), handle: ME.handle, text }, ...all]);
              navigate('/home');
            }}
          />
        </div>
      </div>
    </div>,
    document.getElementById('layers')!,
  );
}

function StatusPage(props: { handle: string; id: string }) {
  const tweets = useStore(timeline);
  const tweet = tweets.find((candidate) => candidate.id === props.id) ?? { id: props.id, handle: props.handle, text: 'Thanks everyone who came along today!' };
  const [replies, setReplies] = useState<Tweet[]>([]);
  document.title = `${findUser(props.handle)?.name ?? props.handle} on X`;
  return (
    <>
      <TweetArticle tweet={tweet} />
      <div className={sx({ display: 'flex', gap: 12, padding: '12px 16px', borderBottom: `1px solid ${colours.line}` })}>
        <Avatar />
        <DraftComposer
          surface="x-reply"
          to={props.handle}
          buttonTestId="tweetButtonInline"
          buttonText={t.reply}
          placeholder={t.postYourReply}
          onPosted={(text) => setReplies((all) => [...all, { id: nextId(), handle: ME.handle, text }])}
        />
      </div>
      {replies.map((reply) => (
        <TweetArticle key={reply.id} tweet={reply} />
      ))}
    </>
  );
}

function UnfollowSheet(props: { user: XUser; onClose(): void }) {
  return createPortal(
    <div className={sx({ position: 'fixed', inset: 0, background: 'rgba(0,0,0,0.4)', display: 'flex', alignItems: 'center', justifyContent: 'center', zIndex: 10 })}>
      <div role="alertdialog" aria-modal="true" data-testid="confirmationSheetDialog" className={sx({ background: '#fff', borderRadius: 16, padding: 32, width: 320, display: 'flex', flexDirection: 'column', gap: 12 })}>
        <h1 className={sx({ fontSize: 20, margin: 0 })}>{t.unfollowQuestion(props.user.handle)}</h1>
        <PillButton
          testId="confirmationSheetConfirm"
          dark
          onClick={() => {
            recordAction('unfollow', props.user.handle);
            setFollowing(props.user.handle, false);
            props.onClose();
          }}
        >
          {t.unfollow}
        </PillButton>
        <PillButton testId="confirmationSheetCancel" onClick={props.onClose}>
          {t.cancel}
        </PillButton>
      </div>
    </div>,
    document.getElementById('layers')!,
  );
}

function ProfilePage(props: { handle: string }) {
  useStore(users);
  const user = findUser(props.handle);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    document.title = user ? `${user.name} (@${user.handle}) / X` : 'Profile / X';
  });
  if (!user) return <div className={sx({ padding: 32, fontSize: 24, fontWeight: 800 })}>{t.noAccount}</div>;
  const self = user.handle === ME.handle;

  return (
    <>
      <div className={sx({ height: 200, background: '#cfd9de' })} />
      <div className={sx({ padding: '12px 16px' })}>
        <div className={sx({ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' })}>
          <div className={sx({ marginTop: -76, border: '4px solid #fff', borderRadius: 9999 })}>
            <Avatar size={134} />
          </div>
          <div className={sx({ display: 'flex', gap: 8 })}>
            {self ? (
              <PillButton testId="editProfileButton" onClick={() => undefined}>
                Edit profile
              </PillButton>
            ) : (
              <>
                <PillButton testId="userActions" label={t.moreActions} onClick={() => undefined}>
                  ⋯
                </PillButton>
                <PillButton
                  testId="sendDMFromProfile"
                  label={t.message}
                  onClick={() => {
                    recordAction('message', user.handle);
                    navigate(`/i/chat/${ensureConversation(user.handle).id}`);
                  }}
                >
                  ✉
                </PillButton>
                {user.following ? (
                  <PillButton testId={`${user.id}-unfollow`} label={t.followingHandle(user.handle)} onClick={() => setConfirming(true)}>
                    {t.following}
                  </PillButton>
                ) : (
                  <PillButton
                    testId={`${user.id}-follow`}
                    label={t.followHandle(user.handle)}
                    dark
                    onClick={() => {
                      recordAction('follow', user.handle);
                      setFollowing(user.handle, true);
                    }}
                  >
                    {t.follow}
                  </PillButton>
                )}
              </>
            )}
          </div>
        </div>
        <div data-testid="UserName" className={sx({ marginTop: 8 })}>
          <div>
            <div dir="ltr" className={sx({ fontSize: 20, fontWeight: 800 })}>
              <span>
                <span>{user.name}</span>
              </span>
            </div>
            <div className={sx({ display: 'flex', gap: 4, alignItems: 'center', color: colours.muted })}>
              <div dir="ltr">
                <span>@{user.handle}</span>
              </div>
              {user.followsYou && !self && (
                <div data-testid="userFollowIndicator" className={sx({ background: colours.line, borderRadius: 4, padding: '0 4px', fontSize: 12 })}>
                  <span>{t.followsYou}</span>
                </div>
              )}
            </div>
          </div>
        </div>
        <div data-testid="UserDescription" dir="auto" className={sx({ marginTop: 12 })}>
          <span>{user.bio}</span>
        </div>
      </div>
      {confirming && <UnfollowSheet user={user} onClose={() => setConfirming(false)} />}
    </>
  );
}

const RESERVED = new Set(['home', 'compose', 'i', 'messages', 'explore', 'notifications', 'settings', 'search']);

function Routes() {
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname === '/' || pathname === '') navigate('/home', { replace: true });
    else if (/^\/messages\/?$/.test(pathname)) navigate('/i/chat', { replace: true });
  }, [pathname]);

  if (pathname.startsWith('/i/chat')) {
    document.title = 'Chat / X';
    return <XChatRoute />;
  }
  if (pathname === '/home') return <Home />;
  if (pathname === '/compose/post') {
    return (
      <>
        <Home />
        <ComposeModal />
      </>
    );
  }
  const status = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)\/?$/.exec(pathname);
  if (status) return <StatusPage key={pathname} handle={status[1]!} id={status[2]!} />;
  const profile = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(pathname);
  if (profile && !RESERVED.has(profile[1]!.toLowerCase())) return <ProfilePage key={pathname} handle={profile[1]!} />;
  return <div className={sx({ padding: 32 })}>Hmm…this page doesn’t exist.</div>;
}

function App() {
  return (
    <div className={sx({ display: 'flex', justifyContent: 'center', minHeight: '100vh', background: '#fff', color: colours.text, fontFamily: '-apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif' })}>
      <header role="banner" className={sx({ width: 240, padding: 12 })}>
        <nav role="navigation" aria-label="Primary" className={sx({ display: 'flex', flexDirection: 'column', gap: 16, fontSize: 20, position: 'sticky', top: 12 })}>
          <Link to="/home" testId="AppTabBar_Home_Link" label={t.home}>
            {t.home}
          </Link>
          <Link to="/i/chat" testId="AppTabBar_DirectMessage_Link" label={t.chat}>
            {t.chat}
          </Link>
          <Link to={`/${ME.handle}`} testId="AppTabBar_Profile_Link" label={t.profile}>
            {t.profile}
          </Link>
          <Link to="/compose/post" testId="SideNav_NewTweet_Button" label={t.post}>
            <span className={sx({ display: 'block', background: colours.text, color: '#fff', borderRadius: 9999, textAlign: 'center', padding: '12px 0', fontWeight: 700 })}>{t.post}</span>
          </Link>
        </nav>
      </header>
      <main role="main" className={sx({ width: 900, borderLeft: `1px solid ${colours.line}`, borderRight: `1px solid ${colours.line}` })}>
        <div data-testid="primaryColumn">
          <Routes />
        </div>
      </main>
    </div>
  );
}

document.documentElement.lang = locale;
installReplicaApi('x');
createRoot(document.getElementById('react-root')!).render(<App />);
