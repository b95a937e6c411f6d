import type { ExtractedFeature, Status } from '../vocabulary/extraction';
import type { FeatureId } from '../vocabulary/features';

/** One mention covering a piece of the text. */
export interface PieceMark {
  feature: FeatureId;
  status: Status;
}

/** A run of text with the mentions that cover all of it (none for plain text). */
export interface Piece {
  start: number;
  end: number;
  text: string;
  marks: PieceMark[];
}

/**
 * Cuts the assessed text at every evidence boundary, so overlapping mentions ("no bowel or
 * bladder changes" for two features) each keep their own marks. Offsets outside the text are
 * clamped; the pieces always join back into the text.
 */
export function highlightPieces(text: string, features: ExtractedFeature[]): Piece[] {
  const spans = features.flatMap((f) =>
    f.evidence
      .map((e) => ({ feature: f.id, status: e.status, start: clamp(e.start, text.length), end: clamp(e.end, text.length) }))
      .filter((s) => s.end > s.start),
  );
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i], end = cuts[i + 1];
    const marks: PieceMark[] = [];
    for (const s of spans) {
      if (s.start <= start && s.end >= end && !marks.some((m) => m.feature === s.feature)) marks.push({ feature: s.feature, status: s.status });
    }
    pieces.push({ start, end, text: text.slice(start, end), marks });
  }
  return pieces;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));
