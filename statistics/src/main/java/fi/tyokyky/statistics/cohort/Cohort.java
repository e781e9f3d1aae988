package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.record.Examination;
import fi.tyokyky.statistics.figures.FigureSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A synthetic cohort: the records of a {@link CohortPlan}, made client by client as they are
 * iterated (one client's visits in memory at a time), and the figures they must give.
 *
 * <p>Each iteration starts afresh and yields the same records. Not thread-safe: iterate from one
 * thread at a time.
 */
public final class Cohort implements Iterable<Cohort.ClientRecords> {

  /**
   * One client's visits.
   *
   * @param index the client's number in the cohort, from 0
   * @param visits the client's examinations (one per visit or contact) in time order; never empty
   */
  public record ClientRecords(int index, List<Examination> visits) {

    /** Copies the visits. */
    public ClientRecords {
      visits = List.copyOf(visits);
    }
  }

  private final CohortPlan plan;
  private final CohortGenerator generator;

  Cohort(CohortPlan plan, CohortGenerator generator) {
    this.plan = plan;
    this.generator = generator;
  }

  /** The plan; never null. */
  public CohortPlan plan() {
    return plan;
  }

  /** The seed the records derive from (the plan's). */
  public long seed() {
    return plan.seed();
  }

  /**
   * The figures the cohort's records must give, computed from the plan (not from the records): see
   * {@link KnownFigures} for the conventions.
   *
   * @return the raw figures for the plan's period; never null
   */
  public FigureSet knownFigures() {
    return KnownFigures.of(plan);
  }

  /** The clients' records, client 0 first, made as the iterator advances. */
  @Override
  public Iterator<ClientRecords> iterator() {
    CohortRun run = generator.run(plan);
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < plan.clients();
      }

      @Override
      public ClientRecords next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int i = next++;
        return new ClientRecords(i, run.client(i));
      }
    };
  }
}
