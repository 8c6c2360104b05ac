/** Shown while results load. */
export default function Loading() {
  return (
    <p role="status" className="muted animate-pulse py-10 text-center">
      Loading your results…
    </p>
  );
}
