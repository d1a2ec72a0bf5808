/** Placeholder for a media block whose asset has not been picked yet. */
export function MissingMedia({ kind }: { kind: 'image' | 'video' | 'audio' }) {
  return <p className="missing-media">No {kind} chosen yet.</p>;
}
