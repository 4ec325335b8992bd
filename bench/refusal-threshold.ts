// A fair refusal rule for a peer library, which has no notion of "the reading does not say this":
// refuse when it returns nothing or when its top score is below a threshold. The threshold is
// chosen on the development sets only (never on the sets the report scores): the one refusing the
// most off-topic questions while wrongly refusing at most 3% of the on-topic ones. Pure.

/** The most on-topic dev questions a peer's threshold may wrongly refuse, as a share. */
export const MAX_DEV_WRONG_REFUSALS = 0.03;

/** True when a question whose best result scored `top` (undefined: no results) is refused. */
export function refuses(top: number | undefined, threshold: number): boolean {
  return top === undefined || top < threshold;
}

export interface ThresholdChoice {
  /** Refuse when the top score is below this; -Infinity: refuse only when there are no results. */
  readonly threshold: number;
  /** Dev off-topic questions it refuses, of how many. */
  readonly offTopicRefused: number;
  readonly offTopic: number;
  /** Dev on-topic questions it wrongly refuses, of how many. */
  readonly onTopicRefused: number;
  readonly onTopic: number;
  /**
   * False when even refusing only empty results wrongly refuses more than the bound (the library
   * returns nothing for too many on-topic questions); the threshold is then -Infinity.
   */
  readonly withinBound: boolean;
}

const count = (tops: readonly (number | undefined)[], threshold: number): number => tops.filter((top) => refuses(top, threshold)).length;

/**
 * The threshold that refuses the most `offTopicTops` while refusing at most `maxWrong` of
 * `onTopicTops` (each a question's top score, undefined for no results). Candidates: -Infinity,
 * the midpoints between consecutive distinct top scores, and +Infinity. Ties go to fewer wrong
 * refusals, then to the lower threshold.
 */
export function chooseThreshold(
  onTopicTops: readonly (number | undefined)[],
  offTopicTops: readonly (number | undefined)[],
  maxWrong = MAX_DEV_WRONG_REFUSALS,
): ThresholdChoice {
  const allowed = Math.floor(maxWrong * onTopicTops.length + 1e-9);
  const scores = [...new Set([...onTopicTops, ...offTopicTops].filter((top): top is number => top !== undefined && Number.isFinite(top)))].sort((a, b) => a - b);
  const candidates = [-Infinity, ...scores.slice(1).map((score, i) => (scores[i]! + score) / 2), Infinity];
  const evaluate = (threshold: number): ThresholdChoice => {
    const onTopicRefused = count(onTopicTops, threshold);
    return {
      threshold,
      offTopicRefused: count(offTopicTops, threshold),
      offTopic: offTopicTops.length,
      onTopicRefused,
      onTopic: onTopicTops.length,
      withinBound: onTopicRefused <= allowed,
    };
  };
  let best: ThresholdChoice | undefined;
  for (const threshold of candidates) {
    const choice = evaluate(threshold);
    if (!choice.withinBound) continue;
    const better =
      best === undefined ||
      choice.offTopicRefused > best.offTopicRefused ||
      (choice.offTopicRefused === best.offTopicRefused && choice.onTopicRefused < best.onTopicRefused);
    if (better) best = choice;
  }
  return best ?? evaluate(-Infinity);
}
