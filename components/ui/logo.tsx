/** Second Look's mark: an eye inside a rounded shield. Decorative: the product name sits beside it. */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg className="sl-logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M16 2 4 6.5v8.2C4 22.3 9.2 28.2 16 30c6.8-1.8 12-7.7 12-15.3V6.5L16 2Z" fill="var(--sl-accent)" />
      <path d="M8.5 16.2c2-3.3 4.6-5 7.5-5s5.5 1.7 7.5 5c-2 3.3-4.6 5-7.5 5s-5.5-1.7-7.5-5Z" fill="var(--sl-accent-ink)" />
      <circle cx="16" cy="16.2" r="2.6" fill="var(--sl-accent)" />
    </svg>
  );
}
