import { useState, type ReactElement } from 'react';
import { noise, sx } from '../shared/atomic';
import { useStore } from '../shared/router';
import { recordAction } from '../shared/replica-api';
import { ME, people, popupChat, t, updatePerson, type FacebookPerson } from './data';
import { Avatar, card, colours, Link, RoleButton } from './ui';

function Menu(props: { items: Array<{ text: string; onSelect(): void }> }) {
  return (
    <div role="menu" className={sx(card, { position: 'absolute', top: 40, left: 0, padding: 8, zIndex: 20, minWidth: 200 })}>
      {props.items.map((item) => (
        <div
          key={item.text}
          role="menuitem"
          tabIndex={0}
          className={`${noise(item.text)} ${sx({ padding: 8, borderRadius: 6, cursor: 'pointer', fontWeight: 500 })}`}
          onClick={item.onSelect}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              item.onSelect();
            }
          }}
        >
          <span>{item.text}</span>
        </div>
      ))}
    </div>
  );
}

/** The relationship buttons, one state per username (see data.ts), each click recorded as an action. */
function RelationshipButtons(props: { person: FacebookPerson }) {
  const { person } = props;
  const [menu, setMenu] = useState<'respond' | 'friends' | null>(null);
  const act = (action: string, change: Partial<FacebookPerson>) => {
    recordAction(action, person.username);
    updatePerson(person.username, change);
    setMenu(null);
  };

  let friendship;
  switch (person.friendship) {
    case 'none':
      friendship = <RoleButton label={t.addFriend} primary onPress={() => act('add-friend', { friendship: 'outgoing' })} />;
      break;
    case 'outgoing':
      friendship = <RoleButton label={t.cancelRequest} primary onPress={() => act('cancel-request', { friendship: 'none' })} />;
      break;
    case 'incoming':
      friendship = (
        <span className={sx({ position: 'relative' })}>
          <RoleButton label={t.respond} primary haspopup="menu" expanded={menu === 'respond'} onPress={() => setMenu(menu ? null : 'respond')} />
          {menu === 'respond' && (
            <Menu
              items={[
                { text: t.confirm, onSelect: () => act('confirm-request', { friendship: 'friends' }) },
                { text: t.deleteRequest, onSelect: () => act('delete-request', { friendship: 'none' }) },
              ]}
            />
          )}
        </span>
      );
      break;
    case 'friends':
      friendship = (
        <span className={sx({ position: 'relative' })}>
          <RoleButton label={t.friends} haspopup="menu" expanded={menu === 'friends'} onPress={() => setMenu(menu ? null : 'friends')} />
          {menu === 'friends' && <Menu items={[{ text: t.unfriend, onSelect: () => act('unfriend', { friendship: 'none' }) }]} />}
        </span>
      );
      break;
  }

  return (
    <div className={sx({ display: 'flex', gap: 8 })}>
      {friendship}
      {person.following === false && <RoleButton label={t.follow} onPress={() => act('follow', { following: true })} />}
      {person.following === true && <RoleButton label={t.following} onPress={() => act('unfollow', { following: false })} />}
      <RoleButton
        label={t.message}
        onPress={() => {
          recordAction('message', person.username);
          popupChat.set(person.username);
        }}
      />
    </div>
  );
}

/** `/<username>`: profile header with `[role=main] h1` and the relationship buttons. */
export function ProfilePage(props: { username: string }) {
  const everyone = useStore(people);
  const person = everyone[props.username];
  const self = props.username === ME.username;
  const name = self ? ME.name : person?.name;
  document.title = name ? `${name} | Facebook` : 'Facebook';

  if (!name) {
    return (
      <div role="main" className={sx({ padding: 40, textAlign: 'center' })}>
        <h2>{t.unavailable}</h2>
      </div>
    );
  }
  return (
    <div role="main" className={sx({ maxWidth: 900, margin: '0 auto', background: '#fff', paddingBottom: 16 })}>
      <div className={sx({ height: 200, background: 'linear-gradient(#c9ccd1,#e4e6eb)', borderRadius: '0 0 8px 8px' })} />
      <div className={sx({ display: 'flex', alignItems: 'flex-end', gap: 16, padding: '0 32px', marginTop: -40 })}>
        <Avatar name={name} size={168} />
        <div className={sx({ flex: 1, paddingBottom: 16 })}>
          <h1 dir="auto" className={sx({ fontSize: 32, margin: 0 })}>
            {name}
          </h1>
          <div className={sx({ color: colours.muted, fontWeight: 600 })}>{self ? '312 friends' : '48 mutual friends'}</div>
        </div>
        <div className={sx({ paddingBottom: 16 })}>{self || !person ? <RoleButton label={t.editProfile} /> : <RelationshipButtons person={person} />}</div>
      </div>
    </div>
  );
}

/** `/friends/requests`: incoming requests with Confirm / Delete, and suggestions with Add friend. */
export function FriendRequestsPage() {
  const everyone = useStore(people);
  // The lists are fixed when the page opens, so a card stays put (showing its outcome) after a click.
  const [incoming] = useState(() => Object.values(people.get()).filter((p) => p.friendship === 'incoming').map((p) => p.username));
  const [suggested] = useState(() => Object.values(people.get()).filter((p) => p.friendship === 'none').map((p) => p.username));
  const [outcome, setOutcome] = useState<Record<string, string>>({});
  document.title = `${t.friendRequests} | Facebook`;

  const respond = (username: string, accept: boolean) => {
    recordAction(accept ? 'confirm-request' : 'delete-request', username);
    updatePerson(username, { friendship: accept ? 'friends' : 'none' });
    setOutcome((all) => ({ ...all, [username]: accept ? t.requestAccepted : t.requestRemoved }));
  };

  const requestFriend = (username: string, send: boolean) => {
    recordAction(send ? 'add-friend' : 'cancel-request', username);
    updatePerson(username, { friendship: send ? 'outgoing' : 'none' });
  };

  const personCard = (username: string, buttons: ReactElement) => {
    const p = everyone[username]!;
    return (
      <div key={username} className={sx(card, { width: 200, padding: 0, overflow: 'hidden' })}>
        <div className={sx({ display: 'flex', justifyContent: 'center', background: colours.page, padding: 12 })}>
          <Avatar name={p.name} size={120} />
        </div>
        <div className={sx({ padding: 12, display: 'flex', flexDirection: 'column', gap: 6 })}>
          <Link to={`/${p.username}`}>{p.name}</Link>
          {outcome[username] ? <span className={sx({ color: colours.muted })}>{outcome[username]}</span> : buttons}
        </div>
      </div>
    );
  };

  return (
    <div role="main" className={sx({ padding: 24 })}>
      <h1 className={sx({ fontSize: 20 })}>{t.friendRequests}</h1>
      <div className={sx({ display: 'flex', flexWrap: 'wrap', gap: 12 })}>
        {incoming.map((username) =>
          personCard(
            username,
            <>
              <RoleButton label={t.confirm} primary onPress={() => respond(username, true)} />
              <RoleButton label={t.delete} onPress={() => respond(username, false)} />
            </>,
          ),
        )}
      </div>
      <h2 className={sx({ fontSize: 20 })}>{t.peopleYouMayKnow}</h2>
      <div className={sx({ display: 'flex', flexWrap: 'wrap', gap: 12 })}>
        {suggested.map((username) => {
          const p = everyone[username]!;
          return personCard(
            username,
            p.friendship === 'outgoing' ? (
              <>
                <span className={sx({ color: colours.muted })}>{t.requestSent}</span>
                <RoleButton label={t.cancelRequest} onPress={() => requestFriend(username, false)} />
              </>
            ) : (
              <RoleButton label={t.addFriend} primary onPress={() => requestFriend(username, true)} />
            ),
          );
        })}
      </div>
    </div>
  );
}
