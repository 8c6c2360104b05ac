/** Shown while the review page loads. */
export default function Loading() {
  return (
    <p className="muted mx-auto max-w-3xl" role="status">
      Loading your review cards…
    </p>
  );
}
