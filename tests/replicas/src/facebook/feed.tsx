import { useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { noise, sx } from '../shared/atomic';
import { initialQuery, useStore } from '../shared/router';
import { hasText, LexicalComposer, type LexicalComposerApi } from '../shared/lexical-composer';
import { ME, nextId, people, popupChat, posts, t, type Comment, type Post } from './data';
import { Avatar, card, colours, Link, RoleButton } from './ui';

const composerText = sx({ minHeight: 24, outline: 'none', fontSize: 15, lineHeight: 1.34 });
const placeholderStyle = sx({ position: 'absolute', top: 0, left: 0, color: colours.muted, pointerEvents: 'none', fontSize: 15, lineHeight: 1.34 });
const paragraphClass = `${sx({ margin: 0 })} ${noise('p')}`;

/** `?flow=next` reproduces the Page flow: "Next" → "Post settings" dialog → "Post". */
const postFlow: 'post' | 'next' = initialQuery.get('flow') === 'next' ? 'next' : 'post';

export function Feed() {
  const allPosts = useStore(posts);
  const [composerOpen, setComposerOpen] = useState(false);
  const [focusedComposer, setFocusedComposer] = useState<string | null>(null);

  return (
    <div role="main" className={sx({ display: 'flex', gap: 24, justifyContent: 'center', padding: '16px 0' })}>
      <div className={sx({ width: 560 })}>
        <div role="region" aria-label={t.createPost} className={sx(card, { display: 'flex', gap: 8, alignItems: 'center' })}>
          <Link to={`/${ME.username}`} label={ME.name}>
            <Avatar name={ME.name} />
          </Link>
          <RoleButton
            label={t.whatsOnYourMind(ME.first)}
            onPress={() => setComposerOpen(true)}
            style={{ flex: 1, justifyContent: 'flex-start', borderRadius: 20, fontWeight: 400, color: colours.muted, background: colours.page }}
          />
        </div>
        {allPosts.map((post) => (
          <PostCard key={post.id} post={post} focusedComposer={focusedComposer} onComposerFocus={setFocusedComposer} />
        ))}
      </div>
      <Contacts />
      {composerOpen && <CreatePostDialog onClose={() => setComposerOpen(false)} />}
    </div>
  );
}

function Contacts() {
  const everyone = useStore(people);
  return (
    <div role="complementary" aria-label={t.contacts} className={sx({ width: 240 })}>
      <h2 className={sx({ fontSize: 17, color: colours.muted, margin: '0 0 8px' })}>{t.contacts}</h2>
      {Object.values(everyone)
        .filter((p) => p.friendship === 'friends' || p.username === 'katya.p.2011' || p.username === 'bilal.ahmadzai.09')
        .map((p) => (
          <div key={p.username} className={sx({ marginBottom: 4 })}>
            <RoleButton label={p.name} onPress={() => popupChat.set(p.username)} style={{ background: 'transparent', fontWeight: 500, width: '100%', justifyContent: 'flex-start' }}>
              <Avatar name={p.name} size={28} />
              <span>{p.name}</span>
            </RoleButton>
          </div>
        ))}
    </div>
  );
}

function CreatePostDialog(props: { onClose(): void }) {
  const headingId = useId();
  const [text, setText] = useState('');
  const [step, setStep] = useState<'compose' | 'settings'>('compose');
  const api = useRef<LexicalComposerApi | null>(null);
  const empty = !hasText(text);

  const onSent = (sentText: string) => {
    posts.set((all) => [{ id: nextId('post'), author: ME.name, text: sentText, comments: [] }, ...all]);
    props.onClose();
  };

  return createPortal(
    <div className={sx({ position: 'fixed', inset: 0, background: 'rgba(244,244,244,0.8)', display: 'flex', alignItems: 'center', justifyContent: 'center', zIndex: 10 })}>
      <div role="dialog" aria-labelledby={headingId} className={sx(card, { width: 500, padding: 0 })}>
        <div className={sx({ display: 'flex', alignItems: 'center', justifyContent: 'center', position: 'relative', height: 60, borderBottom: `1px solid ${colours.line}` })}>
          <h2 id={headingId} className={sx({ fontSize: 20, margin: 0 })}>
            <span>{step === 'compose' ? t.createPost : t.postSettings}</span>
          </h2>
          <div className={sx({ position: 'absolute', right: 12 })}>
            <RoleButton label={t.closeComposer} onPress={props.onClose} style={{ borderRadius: 18, width: 36, padding: 0 }}>
              <span aria-hidden="true">✕</span>
            </RoleButton>
          </div>
        </div>
        <form method="POST" onSubmit={(event) => event.preventDefault()} className={sx({ padding: 16 })}>
          <div className={sx({ display: step === 'compose' ? 'block' : 'none' })}>
            <div className={sx({ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 12 })}>
              <Avatar name={ME.name} />
              <div>
                <div className={sx({ fontWeight: 600 })}>{ME.name}</div>
                <RoleButton label={t.privacy} style={{ height: 24, fontSize: 13 }}>
                  <span>{t.friends}</span>
                </RoleButton>
              </div>
            </div>
            <div className={sx({ position: 'relative', minHeight: 120 })}>
              <LexicalComposer
                surface="facebook-post"
                enterSends={false}
                autoFocus
                apiRef={api}
                onTextChange={setText}
                onSent={onSent}
                className={`${composerText} ${sx({ fontSize: 24, minHeight: 120 })} notranslate`}
                paragraphClass={paragraphClass}
                attributes={{ 'aria-label': t.whatsOnYourMind(ME.first), tabIndex: 0 }}
              />
              {empty && <div className={`${placeholderStyle} ${sx({ fontSize: 24 })}`}>{t.whatsOnYourMind(ME.first)}</div>}
            </div>
          </div>
          {step === 'settings' && <p className={sx({ color: colours.muted })}>{t.privacy}</p>}
          <div className={sx({ marginTop: 12, display: 'flex' })}>
            {postFlow === 'next' && step === 'compose' ? (
              <RoleButton label={t.next} primary disabled={empty} onPress={() => setStep('settings')} style={{ flex: 1 }} />
            ) : (
              <RoleButton label={t.post} primary disabled={empty} onPress={() => api.current?.submit()} style={{ flex: 1 }} />
            )}
          </div>
        </form>
      </div>
    </div>,
    document.body,
  );
}

function PostCard(props: { post: Post; focusedComposer: string | null; onComposerFocus(id: string): void }) {
  const { post } = props;
  const [replyingTo, setReplyingTo] = useState<string | null>(null);

  const addComment = (text: string) =>
    posts.set((all) => all.map((p) => (p.id === post.id ? { ...p, comments: [...p.comments, { id: nextId('c'), author: ME.name, text, replies: [] }] } : p)));
  const addReply = (commentId: string, text: string) =>
    posts.set((all) =>
      all.map((p) =>
        p.id === post.id
          ? { ...p, comments: p.comments.map((c) => (c.id === commentId ? { ...c, replies: [...c.replies, { id: nextId('r'), author: ME.name, text, replies: [] }] } : c)) }
          : p,
      ),
    );

  return (
    <div role="article" aria-label={`Post by ${post.author}`} className={sx(card)}>
      <div className={sx({ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 8 })}>
        <Avatar name={post.author} />
        <div>
          <h3 className={sx({ fontSize: 15, margin: 0 })}>
            <span>{post.author}</span>
            {post.group && <span className={sx({ fontWeight: 400, color: colours.muted })}> ▸ {post.group}</span>}
          </h3>
        </div>
      </div>
      <div dir="auto" className={sx({ fontSize: 15, marginBottom: 8, whiteSpace: 'pre-wrap' })}>
        {post.text}
      </div>
      <div className={sx({ borderTop: `1px solid ${colours.line}`, paddingTop: 8 })}>
        {post.comments.map((comment) => (
          <CommentView key={comment.id} comment={comment} onReply={() => setReplyingTo(comment.id)}>
            {replyingTo === comment.id && (
              <CommentBox
                id={`${post.id}/${comment.id}`}
                surface="facebook-reply"
                label={t.replyAs(ME.name)}
                to={comment.author}
                autoFocus
                onSent={(text) => addReply(comment.id, text)}
                focused={props.focusedComposer === `${post.id}/${comment.id}`}
                onFocus={props.onComposerFocus}
              />
            )}
          </CommentView>
        ))}
        <CommentBox
          id={post.id}
          surface={post.question ? 'facebook-answer' : 'facebook-comment'}
          label={post.question ? t.answerAs(ME.name) : t.commentAs(ME.name)}
          to={post.author}
          onSent={addComment}
          focused={props.focusedComposer === post.id}
          onFocus={props.onComposerFocus}
        />
      </div>
    </div>
  );
}

function CommentView(props: { comment: Comment; onReply(): void; children?: ReactNode }) {
  const { comment } = props;
  return (
    <div role="article" aria-label={`Comment by ${comment.author}`} className={sx({ marginBottom: 8 })}>
      <div className={sx({ display: 'flex', gap: 6 })}>
        <Avatar name={comment.author} size={32} />
        <div className={sx({ background: colours.page, borderRadius: 18, padding: '8px 12px' })}>
          <div className={sx({ fontWeight: 600, fontSize: 13 })}>{comment.author}</div>
          <div dir="auto" className={sx({ fontSize: 15, whiteSpace: 'pre-wrap' })}>
            {comment.text}
          </div>
        </div>
      </div>
      <div className={sx({ marginLeft: 44 })}>
        <RoleButton label={t.reply} onPress={props.onReply} style={{ background: 'transparent', height: 24, fontSize: 12, padding: '0 4px', color: colours.muted }} />
        {comment.replies.map((reply) => (
          <div key={reply.id} role="article" aria-label={`Reply by ${reply.author}`} className={sx({ fontSize: 14, margin: '4px 0' })}>
            <b>{reply.author}</b> <span>{reply.text}</span>
          </div>
        ))}
        {props.children}
      </div>
    </div>
  );
}

/**
 * A comment, reply or answer box. Enter submits and Shift+Enter makes a newline. Only the box
 * that last had focus carries `#focused-state-composer-submit`, as on the real site.
 */
function CommentBox(props: {
  id: string;
  surface: string;
  label: string;
  to: string;
  focused: boolean;
  autoFocus?: boolean;
  onFocus(id: string): void;
  onSent(text: string): void;
}) {
  const [text, setText] = useState('');
  const api = useRef<LexicalComposerApi | null>(null);
  return (
    <form role="presentation" onSubmit={(event) => event.preventDefault()} onFocus={() => props.onFocus(props.id)} className={sx({ display: 'flex', gap: 6, alignItems: 'center', marginTop: 8 })}>
      <Avatar name={ME.name} size={32} />
      <div className={sx({ flex: 1, display: 'flex', alignItems: 'center', background: colours.page, borderRadius: 18, padding: '8px 12px' })}>
        <div className={sx({ position: 'relative', flex: 1 })}>
          <LexicalComposer
            surface={props.surface}
            to={props.to}
            enterSends
            autoFocus={props.autoFocus}
            apiRef={api}
            onTextChange={setText}
            onSent={props.onSent}
            className={`${composerText} notranslate`}
            paragraphClass={paragraphClass}
            attributes={{ 'aria-label': props.label, tabIndex: 0 }}
          />
          {!hasText(text) && <div className={placeholderStyle}>{props.label}</div>}
        </div>
        {props.focused && (
          <div id="focused-state-composer-submit">
            <span>
              <RoleButton label={t.comment} disabled={!hasText(text)} onPress={() => api.current?.submit()} style={{ background: 'transparent', color: colours.blue, width: 36, padding: 0 }}>
                <span aria-hidden="true">➤</span>
              </RoleButton>
            </span>
          </div>
        )}
      </div>
    </form>
  );
}
