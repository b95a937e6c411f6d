import type { ExtractedFeature, Status } from '../vocabulary/extraction';
import { FEATURE_TABLE, RED_FLAG_FEATURES } from '../vocabulary/features';
import type { ScreenRow, ScreenState } from './schema';

const STATE: Record<Status, ScreenState> = { present: 'present', absent: 'absent', uncertain: 'ask' };

/**
 * The red-flag screen: every red-flag feature as documented present, documented absent,
 * uncertain ("ask or examine") or not documented. An uncertain feature is never shown as
 * merely not documented.
 */
export function redFlagScreen(features: ExtractedFeature[]): ScreenRow[] {
  const byId = new Map(features.map((f) => [f.id, f.status]));
  return RED_FLAG_FEATURES.map((id) => {
    const s = byId.get(id);
    return { id, label: FEATURE_TABLE[id].label, state: s ? STATE[s] : 'not_documented' };
  });
}
