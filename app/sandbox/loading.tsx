/** Shown while the sandbox page loads. */
export default function Loading() {
  return (
    <p className="muted" role="status">
      Loading the sandbox…
    </p>
  );
}
