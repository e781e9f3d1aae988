package fi.tyokyky.statistics.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stratum of a unit by its rank: the first {@code count(k₁)} ranks are in stratum {@code k₁},
 * the next {@code count(k₂)} in {@code k₂}, and so on, in the map's order. With ranks from a {@link
 * Permutation} this deals the strata out over the units with the exact counts of the plan.
 */
final class Strata<K> {

  private final List<K> keys = new ArrayList<>();
  private final long[] ends;

  Strata(Map<K, Integer> counts) {
    ends = new long[counts.size()];
    long end = 0;
    int i = 0;
    for (Map.Entry<K, Integer> entry : counts.entrySet()) {
      keys.add(entry.getKey());
      end += entry.getValue();
      ends[i++] = end;
    }
  }

  /** The stratum of rank {@code rank}. */
  K of(long rank) {
    for (int i = 0; i < ends.length; i++) {
      if (rank < ends[i]) {
        return keys.get(i);
      }
    }
    throw new IndexOutOfBoundsException("rank " + rank + " beyond the strata");
  }
}
