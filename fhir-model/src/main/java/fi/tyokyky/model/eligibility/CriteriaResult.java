package fi.tyokyky.model.eligibility;

import fi.tyokyky.model.code.CriterionStatusCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The status of each criterion of a check and the overall result derived from them.
 *
 * @param <C> the criterion enum
 * @param statuses the status of every criterion of the check, in the enum's order; unmodifiable
 */
public record CriteriaResult<C extends Enum<C>>(Map<C, CriterionStatusCode> statuses) {

  /**
   * @throws IllegalArgumentException if there are no statuses or one is null
   */
  public CriteriaResult {
    if (statuses == null || statuses.isEmpty()) {
      throw new IllegalArgumentException("A check has at least one criterion");
    }
    statuses.values().forEach(status -> Objects.requireNonNull(status, "status"));
    statuses = Collections.unmodifiableMap(new EnumMap<>(statuses));
  }

  /** ELIGIBLE if all are met, NOT_ELIGIBLE if any is not met, otherwise UNDETERMINED. */
  public OverallResult overall() {
    return OverallResult.of(statuses.values());
  }

  /** The status of one criterion; null if the criterion is not part of this check. */
  public CriterionStatusCode status(C criterion) {
    return statuses.get(criterion);
  }

  /** The criteria with the given status, in order; never null. */
  public List<C> withStatus(CriterionStatusCode status) {
    return statuses.entrySet().stream()
        .filter(entry -> entry.getValue() == status)
        .map(Map.Entry::getKey)
        .toList();
  }
}
