/** Plain SVG icons, so the replicas look right without an emoji font (Debian's headless Chromium has none). */

export function ThumbIcon(props: { size?: number }) {
  const size = props.size ?? 20;
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 24 24" fill="currentColor">
      <path d="M2 10h4v11H2zM8 21h9.2a2 2 0 0 0 2-1.6l1.6-7A2 2 0 0 0 18.8 10H14l.9-4.3A1.6 1.6 0 0 0 13.3 4L8 10z" />
    </svg>
  );
}

export function MicIcon(props: { size?: number }) {
  const size = props.size ?? 20;
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 24 24" fill="currentColor">
      <path d="M12 15a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v7a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V22h2v-3.1a7 7 0 0 0 6-6.9z" />
    </svg>
  );
}

export function ChatBubbleIcon(props: { size?: number }) {
  const size = props.size ?? 20;
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 24 24" fill="currentColor">
      <path d="M12 2C6.4 2 2 6.1 2 11.3c0 2.9 1.4 5.5 3.7 7.2V22l3.4-1.9c.9.3 1.9.4 2.9.4 5.6 0 10-4.1 10-9.2S17.6 2 12 2z" />
    </svg>
  );
}
