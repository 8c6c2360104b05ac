/** Small inline icons (decorative: always next to text). Fonts without emoji still show them. */
type IconProps = { className?: string };

const base = "inline-block size-4 shrink-0";

export function CheckIcon({ className = "" }: IconProps) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className={`${base} ${className}`} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M3 8.5l3.2 3L13 4.5" />
    </svg>
  );
}

export function DenyIcon({ className = "" }: IconProps) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className={`${base} ${className}`} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <circle cx="8" cy="8" r="6.2" />
      <path d="M3.6 12.4l8.8-8.8" />
    </svg>
  );
}

export function ImplicitIcon({ className = "" }: IconProps) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className={`${base} ${className}`} fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 2.4">
      <circle cx="8" cy="8" r="6.2" />
    </svg>
  );
}

export function CopyIcon({ className = "" }: IconProps) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className={`${base} ${className}`} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round">
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-.5A1.5 1.5 0 009 1.5H3A1.5 1.5 0 001.5 3v6A1.5 1.5 0 003 10.5h.5" />
    </svg>
  );
}

export function SearchIcon({ className = "" }: IconProps) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className={`${base} ${className}`} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
      <circle cx="7" cy="7" r="4.8" />
      <path d="M10.6 10.6L14 14" />
    </svg>
  );
}

export function PlayIcon({ className = "" }: IconProps) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className={`${base} ${className}`} fill="currentColor">
      <path d="M4.5 2.8v10.4a.6.6 0 00.9.5l8.2-5.2a.6.6 0 000-1L5.4 2.3a.6.6 0 00-.9.5z" />
    </svg>
  );
}
